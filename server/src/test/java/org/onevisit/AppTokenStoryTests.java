package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app user signs in with a token and applies (the city's app, 爱玉门-like): over real HTTP against the started
 * server, the app asks for the authorization code with a PKCE challenge; the person signs in on the centre's login form
 * (with its CSRF token) and allows the app on the consent page; the app gets the code at its redirect address,
 * exchanges it with its verifier for an access token and a refresh token, and calls the API with
 * {@code Authorization: Bearer}: it applies for an item, uploads a material, sees the case among the person's cases and
 * reads their messages. A refresh gives new tokens and the old refresh token is then refused; a tampered token is
 * refused with a problem in the caller's language; once the account is disabled, neither its access token nor its
 * refresh token works.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AppTokenStoryTests {

    private static final String CLIENT = "onevisit-app";
    private static final String REDIRECT = "http://127.0.0.1:8765/callback";
    private static final String ITEM = "XK-SCJG-002";
    private static final String PASSWORD = "app-user-pass-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern HIDDEN_STATE = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    JdbcClient jdbc;

    HttpClient browser;
    HttpClient app;
    String idNumber;
    String principal;

    @BeforeEach
    void a_registered_applicant_with_the_city_app() {
        idNumber = TestIdentities.aResidentIdNumber();
        principal = applicants.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, idNumber, "孙八",
                "13500007788", null, PASSWORD)).principal();
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        app = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void an_app_user_signs_in_with_a_token_and_applies() throws Exception {
        JsonNode metadata = json(get(app, "/.well-known/oauth-authorization-server", Map.of()));
        assertThat(metadata.get("authorization_endpoint").asString()).endsWith("/oauth2/authorize");
        assertThat(metadata.get("token_endpoint").asString()).endsWith("/oauth2/token");
        assertThat(metadata.get("code_challenge_methods_supported").toString()).contains("S256");

        Tokens tokens = signIn("cases profile offline_access");
        assertThat(tokens.scope()).contains("cases", "profile", "offline_access");

        // apply for an item, hand in a material, and see the case among one's own
        HttpResponse<String> applied = send(app, HttpRequest.newBuilder(uri("/api/v1/cases"))
                .header("Authorization", "Bearer " + tokens.access()).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(BodyPublishers.ofString("{\"channel\": \"WEB\", \"item\": \"" + ITEM + "\"}")));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        String number = json(applied).get("number").asString();

        HttpResponse<String> uploaded = upload(tokens.access(), number);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        HttpResponse<String> mine = bearer(tokens.access(), "/api/v1/me/cases");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(number);
        HttpResponse<String> messages = bearer(tokens.access(), "/api/v1/me/messages");
        assertThat(messages.statusCode()).isEqualTo(200);
        assertThat(json(messages).isArray()).isTrue();
        assertThat(bearer(tokens.access(), "/api/v1/applicants/me").body()).contains("孙八");

        // a refresh gives a new pair; the old refresh token was good once
        Tokens refreshed = refresh(tokens.refresh());
        assertThat(refreshed.access()).isNotEqualTo(tokens.access());
        assertThat(refreshed.refresh()).isNotEqualTo(tokens.refresh());
        assertThat(refreshOnceMore(tokens.refresh()).statusCode()).isEqualTo(400);
        assertThat(bearer(refreshed.access(), "/api/v1/me/cases").body()).contains(number);

        // a tampered token is refused, in the caller's language
        String tampered = tokens.access().substring(0, tokens.access().length() - 4) + "AAAA";
        HttpResponse<String> refused = send(app, HttpRequest.newBuilder(uri("/api/v1/me/cases"))
                .header("Authorization", "Bearer " + tampered).header("Accept-Language", "en").GET());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json(refused).get("code").asString()).isEqualTo("invalid-token");
        assertThat(json(refused).get("title").asString()).isEqualTo("Invalid token");

        // the account disabled: its tokens are good for nothing
        jdbc.sql("UPDATE people_applicant SET enabled = FALSE WHERE id = :id")
                .param("id", Long.parseLong(principal.substring(ApplicantAccounts.PRINCIPAL_PREFIX.length()))).update();
        HttpResponse<String> disabled = bearer(refreshed.access(), "/api/v1/me/cases");
        assertThat(disabled.statusCode()).isEqualTo(401);
        assertThat(json(disabled).get("code").asString()).isEqualTo("invalid-token");
        assertThat(refreshOnceMore(refreshed.refresh()).statusCode()).isEqualTo(400);
    }

    @Test
    void a_code_is_good_once_with_its_own_verifier_and_a_second_use_revokes_its_tokens() throws Exception {
        Code code = authorizationCode("cases offline_access");
        assertThat(exchange(new Code(code.code(), base64(random(32)))).statusCode()).as("another verifier")
                .isEqualTo(400);
        HttpResponse<String> exchanged = exchange(code);
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        Tokens tokens = Tokens.of(json(exchanged));

        assertThat(exchange(code).statusCode()).as("the code used again").isEqualTo(400);
        assertThat(refreshOnceMore(tokens.refresh()).statusCode()).as("the refresh token it gave").isEqualTo(400);
    }

    @Test
    void a_token_does_only_what_its_scopes_allow() throws Exception {
        Tokens profileOnly = signIn("profile");
        assertThat(profileOnly.refresh()).as("no refresh token without offline_access").isNull();
        assertThat(bearer(profileOnly.access(), "/api/v1/applicants/me").statusCode()).isEqualTo(200);
        HttpResponse<String> cases = bearer(profileOnly.access(), "/api/v1/me/cases");
        assertThat(cases.statusCode()).isEqualTo(403);
        assertThat(json(cases).get("code").asString()).isEqualTo("insufficient-scope");
        assertThat(cases.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .contains("insufficient_scope"));
    }

    @Test
    void an_app_without_the_pkce_challenge_is_sent_back_with_an_error() throws Exception {
        HttpResponse<String> authorize = get(app, "/oauth2/authorize", Map.of("response_type", "code",
                "client_id", CLIENT, "redirect_uri", REDIRECT, "scope", "cases", "state", "s1"));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize)).startsWith(REDIRECT).contains("error=invalid_request");
    }

    /** The authorization code flow with PKCE, as the app and its user's browser go through it. */
    private Tokens signIn(String scope) throws Exception {
        Code code = authorizationCode(scope);
        HttpResponse<String> exchanged = exchange(code);
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        return Tokens.of(json(exchanged));
    }

    private HttpResponse<String> exchange(Code code) throws Exception {
        return form(app, "/oauth2/token", List.of(Map.entry("grant_type", "authorization_code"),
                Map.entry("code", code.code()), Map.entry("redirect_uri", REDIRECT), Map.entry("client_id", CLIENT),
                Map.entry("code_verifier", code.verifier())));
    }

    /** The code the app receives at its redirect address, and the PKCE verifier it kept. */
    private record Code(String code, String verifier) {
    }

    private Code authorizationCode(String scope) throws Exception {
        String verifier = base64(random(32));
        String challenge = base64(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", CLIENT);
        request.put("redirect_uri", REDIRECT);
        request.put("scope", scope);
        request.put("state", "app-state-1");
        request.put("code_challenge", challenge);
        request.put("code_challenge_method", "S256");

        HttpResponse<String> authorize = get(browser, "/oauth2/authorize", request);
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize)).endsWith("/login");

        String login = get(browser, "/login", Map.of()).body();
        HttpResponse<String> loggedIn = form(browser, "/login", List.of(Map.entry("username", idNumber),
                Map.entry("password", PASSWORD), Map.entry("_csrf", find(CSRF, login))));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(location(loggedIn)).contains("/oauth2/authorize");

        HttpResponse<String> resumed = send(browser, HttpRequest.newBuilder(absolute(location(loggedIn)))
                .header("Accept", "text/html").GET());
        assertThat(resumed.statusCode()).isEqualTo(302);
        assertThat(location(resumed)).contains("/oauth2/consent");

        HttpResponse<String> consentPage = send(browser, HttpRequest.newBuilder(absolute(location(resumed)))
                .header("Accept", "text/html").header("Accept-Language", "zh-CN").GET());
        assertThat(consentPage.statusCode()).isEqualTo(200);
        assertThat(consentPage.body()).contains("一次办 App", "孙八", "同意并登录");
        List<Map.Entry<String, String>> consent = new java.util.ArrayList<>(List.of(Map.entry("client_id", CLIENT),
                Map.entry("state", find(HIDDEN_STATE, consentPage.body())), Map.entry("_csrf",
                        find(CSRF, consentPage.body()))));
        for (String s : scope.split(" ")) {
            consent.add(Map.entry("scope", s));
        }
        HttpResponse<String> allowed = form(browser, "/oauth2/authorize", consent);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(302);
        String callback = location(allowed);
        assertThat(callback).startsWith(REDIRECT).contains("state=app-state-1");
        return new Code(query(callback).get("code"), verifier);
    }

    private Tokens refresh(String refreshToken) throws Exception {
        HttpResponse<String> refreshed = refreshOnceMore(refreshToken);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        return Tokens.of(json(refreshed));
    }

    private HttpResponse<String> refreshOnceMore(String refreshToken) throws Exception {
        return form(app, "/oauth2/token", List.of(Map.entry("grant_type", "refresh_token"),
                Map.entry("refresh_token", refreshToken), Map.entry("client_id", CLIENT)));
    }

    private HttpResponse<String> upload(String token, String number) throws Exception {
        String boundary = "onevisit-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"application.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(app, HttpRequest.newBuilder(uri("/api/v1/cases/" + number + "/materials/M1/files"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> bearer(String token, String path) throws Exception {
        return send(app, HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
    }

    private HttpResponse<String> get(HttpClient client, String path, Map<String, String> parameters) throws Exception {
        String query = parameters.isEmpty() ? "" : "?" + encode(List.copyOf(parameters.entrySet()));
        return send(client, HttpRequest.newBuilder(uri(path + query)).header("Accept", "text/html").GET());
    }

    private HttpResponse<String> form(HttpClient client, String path, List<Map.Entry<String, String>> fields)
            throws Exception {
        return send(client, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(encode(fields))));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private URI absolute(String location) {
        return location.startsWith("http") ? URI.create(location) : uri(location);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static Map<String, String> query(String url) {
        return java.util.Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in %s", pattern, html).isTrue();
        return matcher.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }

    private static String base64(byte[] value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** What the token endpoint gave the app. */
    private record Tokens(String access, @org.jspecify.annotations.Nullable String refresh, String scope) {

        static Tokens of(JsonNode response) {
            assertThat(response.get("token_type").asString()).isEqualTo("Bearer");
            return new Tokens(response.get("access_token").asString(),
                    response.has("refresh_token") ? response.get("refresh_token").asString() : null,
                    response.get("scope").asString());
        }
    }
}
