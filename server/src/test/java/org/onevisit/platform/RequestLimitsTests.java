package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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
 * Bodies and parameters the server refuses before or while it reads them, sent over HTTP as a client would send them:
 * a body over {@code onevisit.limits.max-body-size} (1 MB), chunked or not; a query string that is not UTF-8; a broken
 * multipart body. The answer is a problem or the error page, in the user's language, never a server error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestLimitsTests {

    private static final int OVER_THE_LIMIT = 1024 * 1024 + 300 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request line as written, for what {@link URI} would not let through. */
    private String raw(String requestLine) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(int size) {
        return ("{\"channel\": \"WEB\", \"item\": \"XK-SCJG-001\", \"form\": {\"a\": \"" + "x".repeat(size) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    }

    @Test
    void a_json_body_over_the_limit_is_a_413_problem_in_the_users_language() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/cases").header("Authorization", basic("clerk"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "too-large-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(OVER_THE_LIMIT))));

        assertProblem(response, 413, "body-too-large");
        assertThat(response.body()).contains("提交的内容超过了 1 MB 的大小上限").contains("\"maxBytes\":1048576");
    }

    @Test
    void a_chunked_json_body_over_the_limit_is_refused_while_it_is_read() throws Exception {
        byte[] body = json(OVER_THE_LIMIT);
        HttpResponse<String> response = send(request("/api/v1/cases").header("Authorization", basic("clerk"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "too-large-2")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertProblem(response, 413, "body-too-large");
        assertThat(response.body()).contains("larger than the limit of 1 MB");
    }

    @Test
    void a_body_within_the_limit_is_read_and_judged_on_what_it_says() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/cases").header("Authorization", basic("clerk"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "within-limit")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(900 * 1024))));

        assertProblem(response, 400, "invalid-request");
    }

    @Test
    void a_form_over_the_limit_is_the_error_page_with_the_message_chunked_or_not() throws Exception {
        byte[] form = ("caseNumber=" + "1".repeat(OVER_THE_LIMIT) + "&lastFour=1234").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> sized = send(request("/status").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)));
        HttpResponse<String> chunked = send(request("/status").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))));

        for (HttpResponse<String> response : java.util.List.of(sized, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).contains("提交的内容过大").contains("提交的内容超过了 1 MB 的大小上限")
                    .doesNotContain("Exception").doesNotContain("Apache Tomcat");
        }
    }

    @Test
    void a_chunked_form_put_over_the_limit_is_a_413_problem_too() throws Exception {
        byte[] form = ("name=" + "1".repeat(OVER_THE_LIMIT)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request("/api/v1/calendar/years/2026/days/2026-10-01")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))));

        assertProblem(response, 413, "body-too-large");
    }

    @Test
    void a_query_string_that_is_not_utf8_is_a_400_problem_not_a_server_error() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/items?q=%ff%fe"));

        assertProblem(response, 400, "unreadable-parameters");
        assertThat(response.body()).contains("须为 UTF-8 文本");
    }

    @Test
    void a_page_with_a_query_string_that_is_not_utf8_is_the_error_page_with_the_message() throws Exception {
        HttpResponse<String> response = send(request("/catalog?q=%ff%fe").header("Accept-Language", "en"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("请求有误").contains("须为 UTF-8 文本").doesNotContain("Exception");
    }

    @Test
    void a_broken_percent_sign_or_a_control_character_in_a_parameter_is_a_400_problem() throws Exception {
        assertThat(raw("GET /api/v1/items?q=%zz HTTP/1.1")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json").contains("\"code\":\"unreadable-parameters\"");
        assertProblem(send(request("/api/v1/items?q=a%00b")), 400, "unreadable-parameters");
        assertProblem(send(request("/api/v1/items?q=%ED%A0%80")), 400, "unreadable-parameters");
    }

    @Test
    void a_form_row_past_what_forms_are_bound_with_is_a_400_page_not_a_server_error() throws Exception {
        HttpResponse<String> response = send(request("/admin/catalog/items/new")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=XK-ZZ-001&materials%5B100000%5D.name=a")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("请求有误").contains("每个列表最多 256 行").doesNotContain("Exception");
    }

    @Test
    void a_path_that_is_not_utf8_is_answered_by_onevisit_not_by_the_containers_own_page() throws Exception {
        String api = raw("GET /api/v1/cases/%ff HTTP/1.1");
        String page = raw("GET /catalog/items/%c0%af HTTP/1.1");

        assertThat(api).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"code\":\"unreadable-address\"").contains("地址无法读取");
        assertThat(page).startsWith("HTTP/1.1 400").contains("text/html").contains("请求有误").contains("地址无法读取")
                .doesNotContain("Apache Tomcat").doesNotContain("HTTP Status 400");
    }

    @Test
    void a_malformed_multipart_body_is_a_400_problem_not_spring_default_json() throws Exception {
        String cut = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 abc";
        HttpResponse<String> response = send(request("/api/v1/cases/330999-20261019-00001/materials/M1/files")
                .header("Authorization", basic("clerk")).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=XYZ")
                .POST(HttpRequest.BodyPublishers.ofString(cut)));

        assertProblem(response, 400, "unreadable-multipart");
        assertThat(response.body()).contains("The upload cannot be read").doesNotContain("timestamp");
    }
}
