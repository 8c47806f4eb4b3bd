package org.onevisit.bench.http;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member of staff signs their counter or department system in once, as the product's app client does (OAuth 2.1,
 * README "Apps: token login"): the authorization code with PKCE through the centre's login form and consent page, then
 * the code exchanged for an access token (15 minutes) and a refresh token, which is used once for the next pair. The
 * system then calls the API with {@code Authorization: Bearer …}: no password is checked per request.
 */
final class SignIn {

    static final String CLIENT = "onevisit-app";
    static final String REDIRECT = "http://127.0.0.1:8765/callback";
    static final String SCOPE = "cases profile offline_access";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern HIDDEN_STATE = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An access token and the refresh token that gives the next one. */
    record Tokens(String access, String refresh, long expiresAtNanos) {
    }

    private SignIn() {
    }

    /** The whole sign-in of {@code username} at {@code base}, as their system's browser window goes through it. */
    static Tokens signIn(URI base, String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = "/oauth2/authorize?" + encode(List.of(Map.entry("response_type", "code"),
                Map.entry("client_id", CLIENT), Map.entry("redirect_uri", REDIRECT), Map.entry("scope", SCOPE),
                Map.entry("state", "mix"), Map.entry("code_challenge", challenge),
                Map.entry("code_challenge_method", "S256")));
        expect(page(browser, base.resolve(authorize)), 302, "the authorization request");
        String login = expect(page(browser, base.resolve("/login")), 200, "the login page").body();
        HttpResponse<String> loggedIn = expect(form(browser, base.resolve("/login"), List.of(Map.entry("username", username),
                Map.entry("password", password), Map.entry("_csrf", find(CSRF, login)))), 302, "the login of " + username);
        HttpResponse<String> resumed = expect(page(browser, absolute(base, location(loggedIn))), 302,
                "the authorization after the login");
        String callback = location(resumed);
        if (!callback.startsWith(REDIRECT)) {
            // the first sign-in of this person to the app: the consent page, allowed; later ones go straight back
            if (!callback.contains("/oauth2/consent")) {
                throw new IllegalStateException("The login of " + username + " did not lead to the consent page: "
                        + callback);
            }
            String consentPage = expect(page(browser, absolute(base, callback)), 200, "the consent page").body();
            List<Map.Entry<String, String>> consent = new java.util.ArrayList<>(List.of(Map.entry("client_id", CLIENT),
                    Map.entry("state", find(HIDDEN_STATE, consentPage)), Map.entry("_csrf", find(CSRF, consentPage))));
            for (String s : SCOPE.split(" ")) {
                consent.add(Map.entry("scope", s));
            }
            callback = location(expect(form(browser, base.resolve("/oauth2/authorize"), consent), 302, "the consent"));
        }
        String answered = callback;
        String code = Arrays.stream(URI.create(answered).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .filter(p -> p[0].equals("code")).map(p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No code in " + answered));
        return tokens(expect(form(browser, base.resolve("/oauth2/token"), List.of(Map.entry("grant_type",
                "authorization_code"), Map.entry("code", code), Map.entry("redirect_uri", REDIRECT),
                Map.entry("client_id", CLIENT), Map.entry("code_verifier", verifier))), 200, "the code's exchange"));
    }

    /** The next access token, for the refresh token (which the server then refuses: each is used once). */
    static Tokens refresh(URI base, Tokens tokens) throws Exception {
        HttpClient app = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return tokens(expect(form(app, base.resolve("/oauth2/token"), List.of(Map.entry("grant_type", "refresh_token"),
                Map.entry("refresh_token", tokens.refresh()), Map.entry("client_id", CLIENT))), 200, "the refresh"));
    }

    private static Tokens tokens(HttpResponse<String> answer) {
        JsonNode json = JSON.readTree(answer.body());
        return new Tokens(json.get("access_token").asString(), json.get("refresh_token").asString(),
                System.nanoTime() + Duration.ofSeconds(json.get("expires_in").asLong()).toNanos());
    }

    private static HttpResponse<String> page(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> form(HttpClient client, URI uri, List<Map.Entry<String, String>> fields)
            throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + answer.statusCode() + " (expected " + status + "): "
                    + answer.headers().firstValue("Location").orElse("") + " " + answer.body());
        }
        return answer;
    }

    private static URI absolute(URI base, String location) {
        // the same host the sign-in began at, so that its cookies go along whatever host name the server writes
        URI given = URI.create(location);
        return base.resolve(given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery()));
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No " + pattern + " in the page");
        }
        return m.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
