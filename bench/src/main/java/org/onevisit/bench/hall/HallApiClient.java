package org.onevisit.bench.hall;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** The started server's API as the hall's systems call it: JSON over HTTP, each caller logged in by HTTP Basic. */
final class HallApiClient {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    HallApiClient(URI base) {
        this.base = base;
    }

    URI resolve(String path) {
        return base.resolve(path);
    }

    HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        return client.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String user, String password, String json)
            throws IOException, InterruptedException {
        return client.send(request(path, user, password).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> postAsync(String path, String user, String password, String json) {
        return client.sendAsync(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends and requires one of {@code expected}, or fails with the server's answer. */
    HttpResponse<String> expect(HttpResponse<String> answer, int... expected) {
        for (int status : expected) {
            if (answer.statusCode() == status) {
                return answer;
            }
        }
        throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + " answered "
                + answer.statusCode() + ": " + answer.body());
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }
}
