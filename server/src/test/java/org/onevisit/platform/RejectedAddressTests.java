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
 * Addresses the server's firewall refuses before any page or interface sees them, sent over HTTP as a client
 * would send them: the caller still gets an answer in their language.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RejectedAddressTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", accept).header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_api_address_with_an_empty_segment_is_a_400_problem_in_the_users_language() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/cases//acceptance", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"rejected-address\"")
                .contains("地址不合法：不能含有空的路径段、“..”、编码的斜杠或分号。");
    }

    @Test
    void a_page_address_the_firewall_refuses_is_the_error_page() throws Exception {
        HttpResponse<String> response = send("GET", "/catalog//x", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("请求有误").doesNotContain("Exception");
    }
}
