package org.onevisit.bench.http;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the mix needs on a server with the demo catalog and accounts, made through its API as an administrator would:
 * the benchmark's item (the land registry's transfer with housing, tax and the bank reviewing beside it, the same case
 * as the in-process engine's, {@code bench-item.yaml}) imported; a reviewer for each of its departments that has no
 * demo account, opened and their first password changed; then every member of staff of the mix signed in once with
 * the app's token login. Running it again on the same database changes nothing and signs in again.
 */
final class MixSetup {

    /** The departments of the benchmark's item, the lead first, with the member of staff who answers for each. */
    static final Map<String, String> OFFICIALS = officials();
    static final String LEAD = "BDC";
    private static final String DEMO_PASSWORD = "demo1234";
    private static final String PASSWORD = "Mix-Review-4721";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, String> officials() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("BDC", "bdc-chief");
        m.put("ZJJ", "mix-zjj-reviewer");
        m.put("SWJ", "swj-reviewer");
        m.put("NSYH", "mix-nsyh-reviewer");
        return m;
    }

    /** Everything the driver needs to call as the counter and the departments. */
    record Staff(MixDriver.Official clerk, Map<String, MixDriver.Official> byDepartment, List<String> materialKeys) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    MixSetup(URI base) {
        this.base = base;
    }

    /** Prepares the server at {@code base} and signs the staff in there. */
    Staff prepare() throws Exception {
        importItem();
        for (var e : OFFICIALS.entrySet()) {
            if (e.getValue().startsWith("mix-")) {
                openReviewer(e.getValue(), e.getKey());
            }
        }
        JsonNode materials = JSON.readTree(expect(send("GET", "/api/v1/intake/materials?item=" + MixDriver.ITEM,
                "clerk", DEMO_PASSWORD, null, null), 200).body());
        List<String> keys = new ArrayList<>();
        materials.forEach(m -> keys.add(m.get("key").asString()));
        MixDriver.Official clerk = new MixDriver.Official("clerk", null, SignIn.signIn(base, "clerk", DEMO_PASSWORD));
        Map<String, MixDriver.Official> byDepartment = new LinkedHashMap<>();
        for (var e : OFFICIALS.entrySet()) {
            String password = e.getValue().startsWith("mix-") ? PASSWORD : DEMO_PASSWORD;
            byDepartment.put(e.getKey(), new MixDriver.Official(e.getValue(), e.getKey(),
                    SignIn.signIn(base, e.getValue(), password)));
        }
        return new Staff(clerk, byDepartment, keys);
    }

    private void importItem() throws Exception {
        byte[] yaml;
        try (InputStream in = MixSetup.class.getResourceAsStream("/org/onevisit/bench/bench-item.yaml")) {
            yaml = in.readAllBytes();
        }
        String boundary = "mix-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-item.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + yaml.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(yaml, 0, body, head.length, yaml.length);
        System.arraycopy(tail, 0, body, head.length + yaml.length, tail.length);
        expect(send("POST", "/api/v1/catalog/import", "admin", DEMO_PASSWORD, "multipart/form-data; boundary=" + boundary,
                body), 200);
    }

    private void openReviewer(String username, String department) throws Exception {
        if (send("GET", "/api/v1/staff/" + username, "admin", DEMO_PASSWORD, null, null).statusCode() == 200) {
            return;
        }
        String first = PASSWORD + "-first";
        expect(send("POST", "/api/v1/staff", "admin", DEMO_PASSWORD, "application/json", JSON.writeValueAsBytes(Map.of(
                "username", username, "displayName", "压测审查 " + department, "departmentCode", department,
                "roles", List.of("REVIEWER"), "password", first))), 201);
        expect(send("POST", "/api/v1/account/password", username, first, "application/json", JSON.writeValueAsBytes(
                Map.of("currentPassword", first, "newPassword", PASSWORD))), 204);
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String type, byte[] body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> expect(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }
}
