package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page the server refuses before any controller answers (a form sent without its token) says in the user's language
 * what went wrong and what to do, never only a status and its English reason.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPageTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", "text/html")
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_form_sent_without_its_token_is_told_in_chinese_that_the_page_may_have_expired() throws Exception {
        HttpResponse<String> response = send("POST", "/staff/counter/new", "onevisit-lang=zh_CN");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("无权访问").contains("页面已过期").contains("返回首页").doesNotContain("Forbidden");
    }

    @Test
    void the_same_refusal_reads_in_english_for_whoever_chose_english() throws Exception {
        HttpResponse<String> response = send("POST", "/staff/counter/new", "onevisit-lang=en");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("the page has expired").doesNotContain("Forbidden");
    }
}
