package org.onevisit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.instancio.Instancio;
import org.instancio.Select;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.fuzz.Draw.Malformation;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriUtils;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

/**
 * Throws malformed input at every operation of the JSON API and asserts that none answers with a server error. The
 * operations come from the OpenAPI document, so a new endpoint is fuzzed without editing this test. For each
 * operation and each role (anonymous, an applicant, clerk, chief representative, reviewer, coordinator, supervisor,
 * administrator) Instancio draws, from a fixed seed ({@value #DEFAULT_SEED}, or {@code -Donevisit.fuzz.seed=…}), what
 * to spoil: nulls in maps and lists, wrong types, huge strings, deep nesting, empty objects, arrays for objects,
 * invalid enum values, control and surrogate characters, negative and huge numbers, broken JSON, bad path variables
 * and query parameters. Over real HTTP, every operation also gets invalid percent-encodings, and the multipart
 * operations malformed multipart bodies. The run reports how many requests it sent and how many answered 5xx.
 * <p>
 * It runs on a database of its own (an H2 of its own, or the schema {@code fuzz} on PostgreSQL), since what it
 * changes is not for other tests to see.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "onevisit.delivery.callback-secret=" + MalformedInputFuzzTests.CALLBACK_SECRET, "onevisit.demo-data=true",
        "springdoc.api-docs.enabled=true"})
@AutoConfigureMockMvc
class MalformedInputFuzzTests {

    static final long DEFAULT_SEED = 20261019L;
    static final String CALLBACK_SECRET = "fuzz-callback-secret";
    private static final long SEED = Long.getLong("onevisit.fuzz.seed", DEFAULT_SEED);
    private static final int DRAWS_PER_ROLE = 4;
    private static final String ITEM = "XK-TFZ-001";
    private static final String DEMO_APPLICANT_ID_NUMBER = "330999199003071233";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The roles requests are sent as; anonymous sends no credentials. */
    enum Role {
        ANONYMOUS(null), APPLICANT(null), CLERK("clerk", "CLERK"), CHIEF("scjg-chief", "CHIEF_REPRESENTATIVE", "REVIEWER"),
        REVIEWER("swj-reviewer", "REVIEWER"), COORDINATOR("coordinator", "COORDINATOR"),
        SUPERVISOR("supervisor", "SUPERVISOR"), ADMIN("admin", "ADMIN");

        private final @Nullable String username;
        private final String[] roles;

        Role(@Nullable String username, String... roles) {
            this.username = username;
            this.roles = roles;
        }
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
        String url = System.getenv("ONEVISIT_DB_URL");
        String profiles = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "");
        if (url == null || !profiles.contains("postgres")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:onevisit-fuzz;DB_CLOSE_DELAY=-1");
            return;
        }
        String user = System.getenv().getOrDefault("ONEVISIT_DB_USER", "onevisit");
        String password = System.getenv().getOrDefault("ONEVISIT_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS fuzz CASCADE");
            connection.createStatement().execute("CREATE SCHEMA fuzz");
        }
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=fuzz");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService logins;

    @Autowired
    CatalogEditing catalog;

    @LocalServerPort
    int port;

    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final Map<Integer, AtomicInteger> statuses = new java.util.TreeMap<>();
    private final List<String> caseNumbers = new ArrayList<>();
    private String applicant = "";

    @TestFactory
    Stream<DynamicNode> no_api_operation_answers_malformed_input_with_a_server_error(TestReporter reporter)
            throws Exception {
        prepareCases();
        JsonNode document = json.readTree(mvc.perform(get("/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<ApiOperation> operations = ApiOperation.of(document);
        assertThat(operations).as("operations in the API document").hasSizeGreaterThan(50);
        MalformedValues values = new MalformedValues(document, json, this::known);
        long started = System.nanoTime();
        Stream<DynamicNode> fuzzed = operations.stream().map(operation -> dynamicContainer(operation.key(),
                Stream.concat(Stream.of(Role.values()).map(role -> dynamicTest("as " + role.name().toLowerCase(java.util.Locale.ROOT),
                                () -> fuzz(operation, role, values))),
                        Stream.of(dynamicTest("with invalid percent-encoding and malformed multipart over HTTP",
                                () -> overHttp(operation))))));
        return Stream.concat(fuzzed, Stream.of(dynamicTest("the run's figures", () -> {
            String figures = "seed %d: %d operations x %d roles, %d requests in %d s, %d answered 5xx; by status %s"
                    .formatted(SEED, operations.size(), Role.values().length, sent.get(),
                            (System.nanoTime() - started) / 1_000_000_000L, serverErrors.get(), statuses);
            reporter.publishEntry("fuzz", figures);
            System.out.println("Fuzz " + figures);
            assertThat(serverErrors.get()).as("answers with 5xx of %d requests (seed %d)", sent.get(), SEED).isZero();
        })));
    }

    // --- through MockMvc, as each role ----------------------------------------------------------------------------

    private void fuzz(ApiOperation operation, Role role, MalformedValues values) throws Exception {
        List<String> failures = new ArrayList<>();
        long seed = SEED ^ (operation.key() + "|" + role).hashCode();
        List<Draw> draws = Instancio.ofList(Draw.class).size(DRAWS_PER_ROLE).withSeed(seed)
                .generate(Select.field(Draw.class, "where"), gen -> gen.ints().range(0, 1_000_000))
                .generate(Select.field(Draw.class, "size"), gen -> gen.ints().range(0, 1_000_000))
                .generate(Select.field(Draw.class, "number"), gen -> gen.ints().range(0, 1_000_000))
                .generate(Select.field(Draw.class, "word"), gen -> gen.string().minLength(3).maxLength(12))
                .create();
        for (Draw draw : draws) {
            MockHttpServletResponse response = mvc.perform(request(operation, role, values, draw)).andReturn().getResponse();
            count(response.getStatus(), operation.key() + " as " + role + " " + draw, response.getContentAsString(), failures);
        }
        assertThat(failures).as("requests answered with 5xx").isEmpty();
    }

    private AbstractMockHttpServletRequestBuilder<?> request(ApiOperation operation, Role role, MalformedValues values, Draw draw) {
        boolean parameterSpoiled = draw.malformation() == Malformation.BAD_PARAMETER
                || operation.body() == null && draw.malformation() != Malformation.NONE;
        List<ApiOperation.Parameter> candidates = operation.parameters().stream()
                .filter(p -> !"header".equals(p.in())).toList();
        ApiOperation.Parameter spoiled = parameterSpoiled && !candidates.isEmpty()
                ? candidates.get(draw.where() % candidates.size()) : null;
        Map<String, String> path = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (ApiOperation.Parameter p : operation.parameters()) {
            String value = p == spoiled ? values.parameter(p, draw, true) : good(p, values, draw);
            if (value == null) {
                continue;
            }
            switch (p.in()) {
                case "path" -> path.put(p.name(), value);
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(UriUtils.encodeQueryParam(p.name(),
                        StandardCharsets.UTF_8)).append('=').append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
                default -> headers.put(p.name(), value);
            }
        }
        String address = operation.path();
        for (Map.Entry<String, String> variable : path.entrySet()) {
            address = address.replace("{" + variable.getKey() + "}",
                    UriUtils.encodePathSegment(variable.getValue(), StandardCharsets.UTF_8));
        }
        URI uri = URI.create(address + query);
        AbstractMockHttpServletRequestBuilder<?> request;
        if (operation.multipart()) {
            request = multipart(HttpMethod.valueOf(operation.method()), uri).file("file", fileContent(draw));
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(operation.method()), uri);
            if (operation.body() != null) {
                byte[] body = values.body(operation.body(), draw);
                request.contentType(MediaType.APPLICATION_JSON).content(body);
                if (headers.containsKey("X-Signature")) {
                    headers.put("X-Signature", signature(body));
                }
            }
        }
        headers.forEach(request::header);
        request.header("Accept-Language", draw.flag() ? "en" : "zh-CN");
        RequestPostProcessor who = who(role);
        return who == null ? request : request.with(who);
    }

    /** A parameter's good value, or null when it is better left out. */
    private @Nullable String good(ApiOperation.Parameter p, MalformedValues values, Draw draw) {
        if ("number".equals(p.name()) && "path".equals(p.in())) {
            return caseNumbers.get(draw.number() % caseNumbers.size());
        }
        if ("Idempotency-Key".equals(p.name())) {
            return UUID.randomUUID().toString();
        }
        JsonNode known = known(p.name());
        if (known instanceof MissingNode || !p.required() && known == null && !draw.flag()) {
            return null;
        }
        return values.parameter(p, draw, false);
    }

    private static byte[] fileContent(Draw draw) {
        String word = draw.word();
        return switch (draw.number() % 7) {
            case 0 -> ("PK\u0003\u0004" + word.repeat(50)).getBytes(StandardCharsets.ISO_8859_1);
            case 1 -> ("%PDF-1.4\n" + word).getBytes(StandardCharsets.US_ASCII);
            case 2 -> ("format: onevisit-catalog/1\nitems: [" + word).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("format: onevisit-catalog/1\ndepartments:\n  - code: " + word + "\n    name: ~\n").getBytes(StandardCharsets.UTF_8);
            case 4 -> new byte[0];
            case 5 -> ("&a [*a, *a, *a, *a]\n" + word).getBytes(StandardCharsets.UTF_8);
            default -> word.getBytes(StandardCharsets.UTF_8);
        };
    }

    private @Nullable RequestPostProcessor who(Role role) {
        return switch (role) {
            case ANONYMOUS -> null;
            case APPLICANT -> user(applicant).roles("APPLICANT");
            default -> user(role.username).roles(role.roles);
        };
    }

    /** Known good values of properties and parameters, so that requests reach the rules behind the first checks. */
    private @Nullable JsonNode known(String name) {
        return switch (name) {
            case "channel" -> NODES.stringNode("COUNTER");
            case "item", "itemCode", "code" -> NODES.stringNode(ITEM);
            case "bundle", "agent", "creditCode", "legalRepresentative", "version", "validTo", "calendarDays" ->
                    MissingNode.getInstance();
            case "kind" -> NODES.stringNode("NATURAL_PERSON");
            case "idNumber", "identifier" -> NODES.stringNode(TestIdentities.aResidentIdNumber());
            case "phone" -> NODES.stringNode("13912345678");
            case "name" -> NODES.stringNode("王五");
            case "form" -> NODES.objectNode().put("scope", "餐饮服务");
            case "materials" -> NODES.objectNode().put("M1", "PROVIDED").put("M2", "PROVIDED");
            case "departments" -> NODES.arrayNode().add("SCJG").add("BDC");
            case "department", "departmentCode" -> NODES.stringNode("SCJG");
            case "roles" -> NODES.arrayNode().add("CLERK");
            case "password" -> NODES.stringNode("Fuzz-Pass-1234");
            case "username" -> NODES.stringNode("clerk");
            case "replyBy", "validFrom", "date" -> NODES.stringNode("2026-10-26");
            case "trackingNumber" -> NODES.stringNode("SF1234567890");
            case "key" -> NODES.stringNode("M1");
            case "carrier" -> NODES.stringNode("sf");
            case "q" -> NODES.stringNode("营业执照");
            case "month" -> NODES.stringNode("2026-10");
            case "subject" -> NODES.stringNode("case");
            case "subjectId" -> NODES.stringNode(caseNumbers.isEmpty() ? "x" : caseNumbers.get(0));
            case "phoneLastFour" -> NODES.stringNode("5678");
            case "format" -> NODES.stringNode("yaml");
            case "from" -> NODES.stringNode("2026-10-19");
            case "to" -> NODES.stringNode("2026-11-19");
            case "workingDays" -> NODES.stringNode("5");
            case "suspension" -> NODES.stringNode("2026-10-20/2026-10-21");
            case "year" -> NODES.numberNode(2026);
            case "X-Channel" -> NODES.stringNode("COUNTER");
            case "X-Signature" -> NODES.stringNode("0");
            default -> null;
        };
    }

    private static String signature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CALLBACK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- over HTTP: what only the container sees ----------------------------------------------------------------

    private void overHttp(ApiOperation operation) throws Exception {
        List<String> failures = new ArrayList<>();
        String[] encodings = {"%ff%fe", "%zz", "%", "%c0%af", "%00", "%ED%A0%80"};
        int pick = Math.floorMod((int) (SEED ^ operation.key().hashCode()), encodings.length);
        String concrete = operation.path().replaceAll("\\{[^}]+}", "1");
        String bad = encodings[pick];
        send(operation, concrete + "?q=" + bad, null, null, failures);
        if (operation.path().contains("{")) {
            send(operation, operation.path().replaceFirst("\\{[^}]+}", bad).replaceAll("\\{[^}]+}", "1"), null, null,
                    failures);
        }
        if (operation.multipart()) {
            String login = operation.path().contains("catalog") ? "admin" : "clerk";
            for (String body : malformedMultipart()) {
                send(operation, concrete, login, body, failures);
                send(operation, concrete, null, body, failures);
            }
        }
        assertThat(failures).as("requests answered with 5xx").isEmpty();
    }

    private static List<String> malformedMultipart() {
        return List.of("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4",
                "no boundary at all", "--OTHER\r\n\r\n--OTHER--\r\n",
                "--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n" + "X-Long: " + "h".repeat(20_000) + "\r\n\r\nx\r\n--XYZ--\r\n",
                "--XYZ--\r\n");
    }

    private void send(ApiOperation operation, String target, @Nullable String login, @Nullable String multipartBody,
            List<String> failures) throws Exception {
        byte[] body = multipartBody == null ? new byte[0] : multipartBody.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(operation.method()).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\nAccept-Language: zh-CN\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        if (multipartBody != null) {
            head.append("Content-Type: multipart/form-data; boundary=XYZ\r\n");
        }
        if (login != null) {
            head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
                    (login + ":demo1234").getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        String answer;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.toByteArray());
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        int status = answer.length() >= 12 ? Integer.parseInt(answer.substring(9, 12)) : 599;
        count(status, operation.key() + " over HTTP " + target.substring(0, Math.min(target.length(), 120)) + " as "
                + (login == null ? "anonymous" : login), answer, failures);
    }

    private void count(int status, String what, String answer, List<String> failures) {
        sent.incrementAndGet();
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status >= 500) {
            serverErrors.incrementAndGet();
            failures.add(status + " " + what + ": " + answer.substring(0, Math.min(answer.length(), 400)));
        }
    }

    // --- the cases the requests act on ----------------------------------------------------------------------------

    private void prepareCases() throws Exception {
        if (!caseNumbers.isEmpty()) {
            return;
        }
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TFZ", 9390) + "items:\n"
                + TestCatalogs.withTextFields(TestCatalogs.item(ITEM, "模糊测试事项", "ADMINISTRATIVE_LICENCE", "TFZ", 20, 10),
                        "scope");
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
        applicant = logins.loadUserByUsername(DEMO_APPLICANT_ID_NUMBER).getUsername();
        RequestPostProcessor clerk = user("clerk").roles("CLERK");
        String received = submit(clerk, "{\"M1\": \"PROVIDED\"}");
        String accepted = submit(clerk, "{\"M1\": \"PROVIDED\", \"M2\": \"PROVIDED\"}");
        mvc.perform(post("/api/v1/cases/{n}/acceptance", accepted).with(clerk));
        caseNumbers.addAll(List.of(received, accepted, "330999-20261019-99999"));
    }

    private String submit(RequestPostProcessor clerk, String materials) throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(clerk).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel": "COUNTER", "item": "%s", "applicant": {"kind": "NATURAL_PERSON",
                                 "idNumber": "%s", "name": "王五", "phone": "13912345678"}, "materials": %s}"""
                                .formatted(ITEM, TestIdentities.aResidentIdNumber(), materials)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.number");
    }
}
