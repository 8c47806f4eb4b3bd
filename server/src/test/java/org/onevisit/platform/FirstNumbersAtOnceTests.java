package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onevisit.certificates.Approval;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The first numbers of a counter, asked for by many at once, through the product's own paths and its own connection
 * pool at its configured size: 30 cases submitted over HTTP on a day no case was numbered on yet, and 30 decisions
 * that each issue the first certificate of a department in a year. None waits for a second connection while it holds
 * one, so all succeed, with distinct numbers and no gaps. The clock stands on a day of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "onevisit.clock.fixed-at=2030-01-07T01:00:00Z")
class FirstNumbersAtOnceTests {

    private static final LocalDate DAY = LocalDate.of(2030, 1, 7);
    private static final int AT_ONCE = 30;
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"\\d{6}-20300107-(\\d{5,})\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CertificateRegister certificates;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void thirty_first_cases_of_a_day_submitted_at_once_all_succeed_with_distinct_gapless_numbers() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM intake_case_sequence WHERE for_day = ?").param(DAY).query(Long.class)
                .single()).as("no case was numbered on the test's day yet").isZero();

        List<HttpResponse<String>> answers = atOnce(() -> http.send(submission(), HttpResponse.BodyHandlers.ofString()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        List<Long> sequences = answers.stream().map(answer -> sequenceOf(answer.body())).toList();
        assertThat(sequences).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, AT_ONCE).boxed().toList());
    }

    @Test
    void thirty_first_certificates_of_a_department_in_a_year_issued_at_once_all_succeed_with_distinct_gapless_numbers()
            throws Exception {
        String department = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);

        AtomicInteger decided = new AtomicInteger();

        List<String> outcomes = atOnce(() -> {
            try {
                transactions.executeWithoutResult(tx -> {
                    // a decision works on its case before the certificate takes its number: it holds its connection
                    awaitEveryConnectionHeld(() -> AT_ONCE - decided.get());
                    certificates.issue(licence(department));
                });
                return "issued";
            } catch (RuntimeException failed) {
                return failed.toString();
            } finally {
                decided.incrementAndGet();
            }
        });

        assertThat(outcomes).containsOnly("issued");

        List<String> numbers = jdbc.sql("SELECT number FROM certificate WHERE department = ?").param(department)
                .query(String.class).list();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, AT_ONCE)
                .mapToObj(n -> "%s-2030-%06d".formatted(department, n)).toList());
    }

    /**
     * Waits until the pool has handed out every connection, or as many as there are decisions still to take, as it
     * does in a busy hour; at most a few seconds, so that a test of the old behaviour fails rather than hangs.
     */
    private void awaitEveryConnectionHeld(IntSupplier decisionsLeft) {
        HikariDataSource pool = unwrap();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (pool.getHikariPoolMXBean().getActiveConnections() < Math.min(pool.getMaximumPoolSize(),
                decisionsLeft.getAsInt()) && System.nanoTime() < until) {
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
    }

    private HikariDataSource unwrap() {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException notHikari) {
            throw new IllegalStateException("The application's pool is Hikari's", notHikari);
        }
    }

    private HttpRequest submission() {
        String body = """
                {"channel": "COUNTER", "item": "XK-SCJG-001",
                 "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "王五", "phone": "13912345678"}}"""
                .formatted(TestIdentities.aResidentIdNumber());
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "clerk:demo1234".getBytes(StandardCharsets.UTF_8)))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static long sequenceOf(String body) {
        Matcher number = NUMBER.matcher(body);
        assertThat(number.find()).as(body).isTrue();
        return Long.parseLong(number.group(1));
    }

    private static Approval licence(String department) {
        String creditCode = TestIdentities.aCreditCode();
        return new Approval("TN" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), "XK-SCJG-001",
                department, "LICENCE", "营业执照", creditCode, "示例市并发科技有限公司", true, DAY, null, "");
    }

    /** Runs the call on {@value #AT_ONCE} threads released together; the answers, in no particular order. */
    private static <T> List<T> atOnce(Callable<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
