package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.platform.KeyFolder;
import org.onevisit.platform.ProductionProblem;
import org.onevisit.platform.UnsafeForProduction;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With demo data off, the production set-up, OneVisit refuses to start on a default or demo key or password, with one
 * message that names each problem and its fix; without any, it starts. Each start is a whole application on an
 * in-memory database and a key folder of its own; a trial's database, demo data and all, is made once by starting
 * with demo data on.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTests {

    private static final String STRONG_PASSWORD = "Vq7#kLm2!xR9pTz4";
    private static final String STRONG_SECRET = "6f1d0c8e2b9a47d3a5e4c1f08b7d2e9c";
    private static String trialDatabase;

    @TempDir
    static Path shared;

    @TempDir
    Path directory;

    @BeforeAll
    static void a_trial_ran_with_demo_data_on_its_own_database() {
        trialDatabase = "jdbc:h2:mem:trial-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        Path trial = shared.resolve("trial");
        try (ConfigurableApplicationContext context = start(trialDatabase, trial, "--onevisit.demo-data=true")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void a_key_generated_while_demo_data_was_on_refuses_the_start(CapturedOutput output) {
        new KeyFolder(directory.resolve("keys"), true).keyPair("audit-checkpoints", "Ed25519");

        List<ProductionProblem> problems = refused(freshDatabase(), "--onevisit.bootstrap-admin.password=" + STRONG_PASSWORD);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.problem()).contains(directory.resolve("keys/audit-checkpoints.key").toString())
                    .contains("demo data was on");
            assertThat(p.fix()).contains("Remove audit-checkpoints.key, audit-checkpoints.pub and audit-checkpoints.demo");
        });
        assertThat(output).contains("APPLICATION FAILED TO START").contains("audit-checkpoints.demo")
                .contains("onevisit.demo-data=true");
    }

    @Test
    void secrets_that_are_documentation_examples_refuse_the_start_each_named_with_its_fix(CapturedOutput output) {
        List<ProductionProblem> problems = refused(freshDatabase(), "--onevisit.delivery.callback-secret=secret",
                "--spring.datasource.password=A Long Secret");

        assertThat(problems).hasSize(2).anySatisfy(p -> {
            assertThat(p.problem()).contains("onevisit.delivery.callback-secret").contains("example");
            assertThat(p.fix()).contains("openssl rand -hex 32");
        }).anySatisfy(p -> assertThat(p.problem()).contains("ONEVISIT_DB_PASSWORD"));
        assertThat(output).contains("found 2 problem(s)").contains("  1. ").contains("  2. ")
                .doesNotContain("A Long Secret");
    }

    @Test
    void the_demo_password_for_the_first_administrator_refuses_the_start(CapturedOutput output) {
        List<ProductionProblem> problems = refused(freshDatabase(), "--onevisit.bootstrap-admin.password=demo1234",
                "--onevisit.delivery.callback-secret=" + STRONG_SECRET);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.problem()).contains("ONEVISIT_ADMIN_PASSWORD"));
        assertThat(output).doesNotContain("demo1234");
    }

    @Test
    void demo_accounts_left_enabled_from_a_trial_refuse_the_start() throws SQLException, IOException {
        demoAccountsEnabled(true);
        personalDataKeysOfTheTrial();

        List<ProductionProblem> problems = refused(trialDatabase, "--onevisit.delivery.callback-secret=" + STRONG_SECRET);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.problem()).contains("Demo accounts").contains("clerk").contains("2 applicant(s)")
                    .doesNotContain("330999");
            assertThat(p.fix()).contains("UPDATE people_staff SET enabled = FALSE WHERE demo = TRUE");
        });
    }

    @Test
    void no_callback_secret_refuses_the_start_once_the_catalog_offers_express_delivery() throws SQLException, IOException {
        demoAccountsEnabled(false);
        personalDataKeysOfTheTrial();

        List<ProductionProblem> problems = refused(trialDatabase);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.problem()).contains("express delivery"));
    }

    @Test
    void without_a_default_or_demo_key_or_password_production_starts() throws SQLException, IOException {
        demoAccountsEnabled(false);
        personalDataKeysOfTheTrial();

        try (ConfigurableApplicationContext context = start(trialDatabase, directory, "--onevisit.demo-data=false",
                "--onevisit.delivery.callback-secret=" + STRONG_SECRET,
                "--onevisit.bootstrap-admin.username=chief-admin",
                "--onevisit.bootstrap-admin.password=" + STRONG_PASSWORD)) {
            assertThat(context.isRunning()).isTrue();
            assertThat(new KeyFolder(directory.resolve("keys")).demoKeys()).isEmpty();
            assertThat(new KeyFolder(directory.resolve("keys")).has("audit-checkpoints")).isTrue();
        }
    }

    private List<ProductionProblem> refused(String database, String... settings) {
        List<String> args = new ArrayList<>(List.of(settings));
        args.add("--onevisit.demo-data=false");
        Throwable failure = catchThrowable(() -> start(database, directory, args.toArray(String[]::new)).close());
        Throwable cause = failure;
        while (cause != null && !(cause instanceof UnsafeForProduction)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("the start is refused for production").isInstanceOf(UnsafeForProduction.class);
        return ((UnsafeForProduction) cause).problems();
    }

    private static String freshDatabase() {
        return "jdbc:h2:mem:production-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000";
    }

    /** The application on {@code database}, with its folders under {@code directory}; {@code settings} win. */
    private static ConfigurableApplicationContext start(String database, Path directory, String... settings) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("spring.datasource.url", database);
        args.put("spring.datasource.username", "sa");
        args.put("spring.datasource.password", "");
        args.put("onevisit.keys.dir", directory.resolve("keys").toString());
        args.put("onevisit.audit.checkpoint-dir", directory.resolve("audit-checkpoints").toString());
        args.put("onevisit.data-dir", directory.resolve("data").toString());
        args.put("onevisit.scheduling.enabled", "false");
        args.put("server.port", "-1");
        args.put("springdoc.api-docs.enabled", "false");
        for (String setting : settings) {
            String[] nameAndValue = setting.substring(2).split("=", 2);
            args.put(nameAndValue[0], nameAndValue[1]);
        }
        return new SpringApplicationBuilder(OneVisitApplication.class).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(args.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    /**
     * The trial's personal data stays readable only with its keys: an operator keeping the trial's database keeps
     * those two files (not the keys the trial generated for signing, which are marked as demo keys).
     */
    private void personalDataKeysOfTheTrial() throws IOException {
        Path keys = Files.createDirectories(directory.resolve("keys"));
        for (String key : List.of("personal-data-1.key", "personal-data-index-1.key")) {
            Files.copy(shared.resolve("trial/keys").resolve(key), keys.resolve(key), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void demoAccountsEnabled(boolean enabled) throws SQLException {
        try (Connection db = DriverManager.getConnection(trialDatabase, "sa", "")) {
            for (String table : List.of("people_staff", "people_applicant")) {
                try (var update = db.prepareStatement("UPDATE " + table + " SET enabled = ? WHERE demo = TRUE")) {
                    update.setBoolean(1, enabled);
                    update.executeUpdate();
                }
            }
        }
    }
}
