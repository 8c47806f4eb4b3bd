package org.onevisit.bench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.onevisit.OneVisitApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The HTTP mix's driver works end to end at a tiny rate (a twentieth of the mix: a case a second, ten status look-ups,
 * five searches, two or three inbox views): the benchmark's item imported and the reviewers opened through the API,
 * the staff signed in with the app's token login, cases created, accepted, reviewed by the four departments found in
 * their inboxes and decided, nothing failed. Nothing here measures or asserts a time. The server runs in this JVM on
 * the test run's database, as the harness's smoke test does: an H2 file under target, or PostgreSQL when
 * SPRING_PROFILES_ACTIVE names postgres and ONEVISIT_DB_URL points at it (as in CI), which it never empties.
 */
class HttpMixSmokeTests {

    @Test
    void a_twentieth_of_the_mix_creates_reviews_and_decides_cases_over_http_with_nothing_failed() throws Exception {
        try (ConfigurableApplicationContext server = start(Path.of("target", "http-smoke"))) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            URI base = URI.create("http://127.0.0.1:" + port);
            MixSetup.Staff staff = new MixSetup(base).prepare();
            assertThat(staff.byDepartment()).containsOnlyKeys("BDC", "ZJJ", "SWJ", "NSYH");
            try (MixDriver driver = new MixDriver(base, staff.clerk(), staff.byDepartment(), MixSetup.LEAD,
                    staff.materialKeys())) {
                driver.seed(2);
                MixDriver.Period period = driver.run(0.05, Duration.ZERO, Duration.ofSeconds(8), null);
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (driver.decided() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(period.failed()).isZero();
                assertThat(period.unanswered()).isZero();
                for (Step step : Step.values()) {
                    if (step.scheduled()) {
                        assertThat(period.tallies().get(step).ok.get()).as(step.label).isPositive();
                    }
                }
                // the seeded cases too: each reviewed by its four departments, found in their inboxes, then decided
                assertThat(driver.decided()).isGreaterThanOrEqualTo(3);
                assertThat(driver.acknowledgedCases()).hasSize(driver.sentKeys().size());
                assertThat(driver.tokenRefused()).isZero();
            }
        }
    }

    private static ConfigurableApplicationContext start(Path work) {
        String profiles = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "");
        String url = System.getenv("ONEVISIT_DB_URL");
        boolean postgres = profiles.contains("postgres") && url != null && !url.isBlank();
        String dbUrl = postgres ? url : "jdbc:h2:file:" + work.toAbsolutePath().resolve("data/onevisit")
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
        // the server tests' keys on the PostgreSQL database they share, this test's own on its H2
        Path keys = postgres ? Path.of("..", "server", "target", "test-keys") : work.resolve("keys");
        return new SpringApplicationBuilder(OneVisitApplication.class).web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--spring.datasource.url=" + dbUrl,
                        "--spring.datasource.username=" + (postgres ? System.getenv().getOrDefault("ONEVISIT_DB_USER",
                                "postgres") : "sa"),
                        "--spring.datasource.password=" + (postgres ? System.getenv().getOrDefault("ONEVISIT_DB_PASSWORD",
                                "") : ""),
                        "--onevisit.demo-data=true", "--onevisit.demo-cases=false",
                        "--onevisit.data-dir=" + work.toAbsolutePath().resolve("data"),
                        "--onevisit.keys.dir=" + keys.toAbsolutePath(),
                        "--onevisit.audit.checkpoint-dir=" + work.toAbsolutePath().resolve("audit-checkpoints"),
                        "--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR",
                        "--server.port=0", "--server.address=127.0.0.1");
    }
}
