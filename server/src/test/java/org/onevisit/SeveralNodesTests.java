package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onevisit.intake.IntakeTestAccess;
import org.onevisit.notification.NotificationTestAccess;
import org.onevisit.notification.TestSmsc;
import org.onevisit.people.TestIdentities;
import org.onevisit.platform.DocumentedSecrets;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes, two application contexts with their web servers, share one PostgreSQL database (docs/adr/0050, 0051),
 * as several nodes of a centre do behind a load balancer: a timer run by both at the same moment acts once, a message
 * is handed to the SMS centre once whichever nodes dispatch it, a login made on one node is a login on the other, and
 * a call made on one node reaches the board's screens on the other.
 * <p>
 * Runs in both test runs, on the machine's PostgreSQL at 127.0.0.1:5432 (user {@code ONEVISIT_DB_USER}, default
 * {@code postgres}), in a database of its own made for the run and dropped after it, so that the two runs, which go at
 * the same time, never meet. Skipped, saying why, only where no PostgreSQL answers there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralNodesTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ITEM = "XK-SCJG-002";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final String user = System.getenv().getOrDefault("ONEVISIT_DB_USER", "postgres");
    private final String password = System.getenv().getOrDefault("ONEVISIT_DB_PASSWORD", "");
    private final String database = "onevisit_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final TestSmsc smsc = new TestSmsc();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private boolean created;

    @BeforeAll
    void two_nodes_on_one_database() throws Exception {
        Connection server;
        try {
            server = connect("postgres");
        } catch (SQLException unreachable) {
            Assumptions.abort("PostgreSQL does not answer at 127.0.0.1:5432 (" + unreachable.getMessage()
                    + "): several nodes are tested on a shared PostgreSQL only");
            return;
        }
        try (server; Statement s = server.createStatement()) {
            s.execute("CREATE DATABASE " + database);
            created = true;
        }
        Path keys = Files.createTempDirectory("onevisit-nodes-keys");
        // one after the other: the first makes the schema, the keys and the demo data, which the second finds
        nodes.add(start("a", keys));
        nodes.add(start("b", keys));
    }

    @AfterAll
    void stop() throws SQLException {
        MovableClock.CLOCK.setDay("2026-10-19");
        nodes.forEach(ConfigurableApplicationContext::close);
        smsc.close();
        if (created) {
            try (Connection server = connect("postgres"); Statement s = server.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private ConfigurableApplicationContext start(String node, Path keys) throws IOException {
        Path data = Files.createTempDirectory("onevisit-node-" + node);
        return new SpringApplicationBuilder(OneVisitApplication.class, IntakeTestAccess.class, NotificationTestAccess.class)
                // both nodes read one clock, as nodes whose clocks agree
                .initializers(context -> context.getBeanFactory().registerSingleton("nodesClock", MovableClock.CLOCK))
                .web(WebApplicationType.SERVLET).profiles("postgres").logStartupInfo(false)
                .run("--spring.datasource.url=" + SERVER + database, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--server.port=0",
                        "--onevisit.keys.dir=" + keys, "--onevisit.data-dir=" + data.resolve("data"),
                        "--onevisit.audit.checkpoint-dir=" + data.resolve("checkpoints"),
                        "--onevisit.demo-data=true", "--onevisit.demo-cases=false",
                        // the test runs the timers itself, on both nodes at the same moment
                        "--onevisit.scheduling.enabled=false",
                        "--onevisit.sms.smpp.host=127.0.0.1", "--onevisit.sms.smpp.port=" + smsc.port(),
                        "--onevisit.sms.smpp.system-id=" + TestSmsc.SYSTEM_ID,
                        "--onevisit.sms.smpp.password=" + TestSmsc.PASSWORD,
                        "--onevisit.sms.smpp.source-address=10690001",
                        "--spring.main.banner-mode=off", "--spring.jmx.enabled=false");
    }

    @Test
    void a_login_on_one_node_is_a_login_on_the_other_and_a_logout_on_the_other_ends_it_on_both() throws Exception {
        HttpResponse<String> loginPage = send(0, get("/login"));
        String anonymous = cookie(loginPage);
        HttpResponse<String> login = send(0, post("/login", "username=clerk&password=" + DocumentedSecrets.DEMO_PASSWORD
                + "&_csrf=" + URLEncoder.encode(csrf(loginPage.body()), StandardCharsets.UTF_8))
                .header("Cookie", anonymous).header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff/counter"));
        String session = cookie(login);

        assertThat(count("""
                SELECT COUNT(*) FROM spring_session_attributes a JOIN spring_session s ON s.primary_id = a.session_primary_id
                 WHERE s.principal_name = ? AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'
                   AND encode(a.attribute_bytes, 'escape') LIKE 'pd1:%'""", "clerk"))
                .as("the login is kept in the database, encrypted").isGreaterThanOrEqualTo(1);
        HttpResponse<String> onB = send(1, get("/staff/counter").header("Cookie", session));
        assertThat(onB.statusCode()).as("node b serves the session node a made").isEqualTo(200);
        HttpResponse<String> onA = send(0, get("/staff/counter").header("Cookie", session));
        assertThat(onA.statusCode()).isEqualTo(200);

        // the logout form of node b's page, with the CSRF token the session keeps
        HttpResponse<String> logout = send(1, post("/logout", "_csrf=" + URLEncoder.encode(csrf(onB.body()),
                StandardCharsets.UTF_8)).header("Cookie", session).header("Content-Type",
                "application/x-www-form-urlencoded"));
        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> afterLogout = send(0, get("/staff/counter").header("Cookie", session));
        assertThat(afterLogout.statusCode()).as("node a no longer knows the session node b ended").isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void a_timer_that_both_nodes_run_at_once_acts_once_and_each_message_reaches_the_sms_centre_once()
            throws Exception {
        MovableClock.CLOCK.setDay("2026-10-19");
        String phone = "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        String number = receivedCase(phone);

        // Monday 10-19 plus five working days is Monday 10-26: on Tuesday 10-27 the law has accepted the case
        MovableClock.CLOCK.setDay("2026-10-27");
        List<Integer> firstPass = onBothAtOnce(node -> node.getBean(IntakeTestAccess.class).deemUnansweredAccepted());
        List<Integer> secondPass = onBothAtOnce(node -> node.getBean(IntakeTestAccess.class).deemUnansweredAccepted());
        assertThat(firstPass.stream().mapToInt(Integer::intValue).sum()).as("deemed accepted by one node").isEqualTo(1);
        assertThat(secondPass).containsOnly(0);
        assertThat(count("""
                SELECT (SELECT COUNT(*) FROM audit_record WHERE subject_id = ? AND action = 'deemAccepted')
                     + (SELECT COUNT(*) FROM audit_pending WHERE subject_id = ? AND action = 'deemAccepted')""", number))
                .as("one deemed acceptance in the audit trail").isEqualTo(1);
        assertThat(send(1, get("/api/v1/cases/" + number).header("Authorization", basic("clerk"))).body())
                .contains("\"status\":\"ACCEPTED\"");

        // a case accepted at the counter texts its applicant: both nodes dispatch at the same moment
        String accepted = receivedCase(phone);
        HttpResponse<String> acceptance = send(1, post("/api/v1/cases/" + accepted + "/acceptance", "")
                .header("Authorization", basic("clerk")));
        assertThat(acceptance.statusCode()).as(acceptance.body()).isEqualTo(200);
        int deliveries = count("""
                SELECT COUNT(*) FROM notification_delivery d JOIN notification_message m ON m.id = d.message_id
                 WHERE m.subject_id IN (?, ?) AND d.channel = 'SMS'""", number, accepted);
        assertThat(deliveries).as("the acceptance is texted").isGreaterThanOrEqualTo(1);
        onBothAtOnce(node -> {
            node.getBean(NotificationTestAccess.class).dispatchAll();
            return 0;
        });
        assertThat(smsc.to("86" + phone)).as("each message handed to the SMS centre once").hasSize(deliveries);
        assertThat(count("""
                SELECT COUNT(*) FROM notification_delivery d JOIN notification_message m ON m.id = d.message_id
                 WHERE m.subject_id IN (?, ?) AND d.channel = 'SMS' AND d.state = 'SENT' AND d.attempts = 1""",
                number, accepted))
                .as("each delivery sent at its first attempt, claimed by one node").isEqualTo(deliveries);
    }

    @Test
    void a_ticket_taken_on_one_node_reaches_the_board_screens_of_the_other() throws Exception {
        Matcher type = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(send(0, get("/api/v1/hall/types")).body());
        assertThat(type.find()).as("the demo centre has counter types").isTrue();
        HttpResponse<Stream<String>> screen = http.sendAsync(HttpRequest.newBuilder(uri(1, "/api/v1/hall/board/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(screen.statusCode()).isEqualTo(200);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<String> queue = reader.submit(() -> {
                List<String> lines = screen.body().dropWhile(l -> !l.equals("event:queue")).limit(3).toList();
                return String.join("\n", lines);
            });
            HttpResponse<String> taken = send(0, post("/api/v1/hall/tickets", "{\"type\":\"" + type.group(1) + "\"}")
                    .header("Authorization", basic("clerk")).header("Content-Type", "application/json"));
            assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
            assertThat(queue.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("node b's screen hears node a's ticket")
                    .startsWith("event:queue").contains("\"type\":\"" + type.group(1) + "\"");
        } finally {
            reader.shutdownNow();
            screen.body().close();
        }
    }

    /** A case received at node a's counter for a new applicant with this phone; its number. */
    private String receivedCase(String phone) throws Exception {
        String materials = send(0, get("/api/v1/intake/materials?item=" + ITEM).header("Authorization", basic("clerk")))
                .body();
        Matcher keys = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(materials);
        StringBuilder provided = new StringBuilder();
        while (keys.find()) {
            provided.append(provided.isEmpty() ? "" : ",").append('"').append(keys.group(1)).append("\":\"PROVIDED\"");
        }
        HttpResponse<String> created = send(0, post("/api/v1/cases", """
                {"channel": "COUNTER", "item": "%s",
                 "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "王五", "phone": "%s"},
                 "materials": {%s}}""".formatted(ITEM, TestIdentities.aResidentIdNumber(), phone, provided))
                .header("Authorization", basic("clerk")).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher number = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(number.find()).isTrue();
        return number.group(1);
    }

    /** The work run on both nodes at the same moment, node a's result first. */
    private List<Integer> onBothAtOnce(ToIntFunction<ConfigurableApplicationContext> work) throws Exception {
        CyclicBarrier together = new CyclicBarrier(nodes.size());
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (ConfigurableApplicationContext node : nodes) {
                results.add(threads.submit(() -> {
                    together.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    return work.applyAsInt(node);
                }));
            }
            List<Integer> done = new ArrayList<>();
            for (Future<Integer> result : results) {
                done.add(result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A count, the query's parameters set in turn to {@code parameters}, again from the first when they run out. */
    private int count(String sql, String... parameters) throws SQLException {
        try (Connection c = connect(database); var query = c.prepareStatement(sql)) {
            for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
                query.setString(i, parameters[(i - 1) % parameters.length]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private Connection connect(String name) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(SERVER + name, login);
    }

    private URI uri(int node, String path) {
        int port = ((WebServerApplicationContext) nodes.get(node)).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://unused" + path)).timeout(PATIENCE);
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://unused" + path)).timeout(PATIENCE)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(int node, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpRequest.Builder to = HttpRequest.newBuilder(request.build(), (name, value) -> true)
                .uri(uri(node, built.uri().getRawPath() + (built.uri().getRawQuery() == null ? ""
                        : "?" + built.uri().getRawQuery())));
        return http.send(to.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + DocumentedSecrets.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the page carries its CSRF token").isTrue();
        return token.group(1);
    }

    /** The session cookie a response sets, as a Cookie header's value. */
    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().allValues("Set-Cookie")));
    }
}
