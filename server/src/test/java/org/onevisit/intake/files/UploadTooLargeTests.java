package org.onevisit.intake.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A multipart upload over the limit is refused by the servlet container before any controller runs; it
 * must still be answered with the files-too-large problem, not a server error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "onevisit.uploads.max-size=100KB")
class UploadTooLargeTests {

    private static final String BOUNDARY = "onevisit-test-boundary";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_api_upload_over_the_limit_is_a_413_problem_naming_the_limit() throws Exception {
        HttpResponse<String> response = http.send(upload("POST", "/api/v1/intake/uploads", 200 * 1024)
                .header("Authorization", basic("clerk", "demo1234"))
                .header("Accept-Language", "en")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"files-too-large\"")
                .contains("limit of 0.1 MB").contains("\"maxBytes\":102400");
    }

    @Test
    void an_upload_within_the_limit_is_not_refused_for_its_size() throws Exception {
        HttpResponse<String> response = http.send(upload("POST", "/api/v1/intake/uploads", 10 * 1024)
                .header("Authorization", basic("clerk", "demo1234"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isNotIn(413, 500);
    }

    @Test
    void a_page_request_over_the_limit_gets_the_error_page_with_the_message() throws Exception {
        HttpResponse<String> response = http.send(upload("GET", "/", 200 * 1024)
                .header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("0.1 MB");
    }

    @Test
    void an_api_form_of_too_many_parts_is_a_413_problem_about_the_number_not_the_size() throws Exception {
        HttpResponse<String> response = http.send(parts("POST", "/api/v1/intake/uploads", 401)
                .header("Authorization", basic("clerk", "demo1234"))
                .header("Accept-Language", "en")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"files-too-many\"").contains("\"maxParts\":400")
                .contains("400").doesNotContain("MB");
    }

    @Test
    void a_page_form_of_too_many_parts_gets_the_error_page_saying_so_in_chinese() throws Exception {
        HttpResponse<String> response = http.send(parts("POST", "/portal/cases/new", 401)
                .header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("一次提交的文件和表单项过多").contains("400").doesNotContain("MB");
    }

    /** A multipart form of {@code count} small parts, each a short field. */
    private HttpRequest.Builder parts(String method, String path, int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"field").append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpRequest.Builder upload(String method, String path, int size) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] content = new byte[size];
        System.arraycopy(Samples.pdf(""), 0, content, 0, 8);
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
