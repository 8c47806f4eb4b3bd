package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onevisit.supervision.Dashboard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read replica for real (ADR 0054): with the postgres profile and a streaming replica of the run's PostgreSQL on
 * port 5433 ({@code .ci/replica}; or {@code ONEVISIT_REPLICA_URL}), the supervisors' dashboard reads there — on a
 * connection in recovery — and says so on the API and the page, while changes go to the primary. Skipped, saying why,
 * where there is no such replica (on H2, or PostgreSQL without one).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReplicaReadTests {

    private static String replicaUrl;

    @BeforeAll
    static void a_replica_answers() {
        String primary = System.getenv("ONEVISIT_DB_URL");
        boolean postgres = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("postgres")
                && primary != null && primary.startsWith("jdbc:postgresql:");
        Assumptions.assumeTrue(postgres, "the read replica is PostgreSQL's: this run is on H2");
        String given = System.getenv("ONEVISIT_REPLICA_URL");
        replicaUrl = given != null && !given.isBlank() ? given : primary.replaceFirst(":5432/", ":5433/");
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(replicaUrl, dbUser(), password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery()")) {
            rs.next();
            Assumptions.assumeTrue(rs.getBoolean(1), "the database at " + replicaUrl + " is not a replica in recovery");
        } catch (SQLException e) {
            Assumptions.abort("no read replica answers at " + replicaUrl + " (" + e.getSQLState()
                    + "); .ci/replica makes one on port 5433");
        }
    }

    private static String dbUser() {
        return System.getenv().getOrDefault("ONEVISIT_DB_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("ONEVISIT_DB_PASSWORD", "");
    }

    @DynamicPropertySource
    static void the_replica(DynamicPropertyRegistry properties) {
        properties.add("onevisit.replica.url", () -> replicaUrl);
        properties.add("onevisit.replica.username", ReplicaReadTests::dbUser);
        properties.add("onevisit.replica.password", ReplicaReadTests::password);
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ReplicaReads replicaReads;

    @Autowired
    Dashboard dashboard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService logins;

    private boolean inRecovery() {
        return jdbc.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single();
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        template.setReadOnly(true);
        return template;
    }

    @Test
    void the_dashboard_reads_on_the_replica() {
        assertThat(dataSource).isInstanceOf(ReplicaRouting.class);
        ReplicaRouting routing = (ReplicaRouting) dataSource;
        long before = routing.served();

        dashboard.figures();

        assertThat(routing.served()).isGreaterThan(before);
        assertThat((boolean) replicaReads.read(() -> readOnly().execute(s -> inRecovery()))).as("a report's connection").isTrue();
    }

    @Test
    void changes_and_other_reads_never_go_there() {
        assertThat((boolean) readOnly().execute(s -> inRecovery())).as("a read outside the reports").isFalse();
        assertThat((boolean) new TransactionTemplate(transactions).execute(s -> inRecovery())).as("a transaction").isFalse();
        boolean changedOnPrimary = replicaReads.read(() -> readOnly().execute(s -> new TransactionTemplate(transactions)
                .execute(t -> {
                    // a temporary table cannot be made on a hot standby
                    jdbc.sql("CREATE TEMPORARY TABLE replica_check (x INT) ON COMMIT DROP").update();
                    return !inRecovery();
                })));
        assertThat(changedOnPrimary).as("a change begun inside a report").isTrue();
    }

    @Test
    void the_api_and_the_page_say_the_figures_may_be_a_few_seconds_old() throws Exception {
        MockHttpServletResponse api = mvc.perform(get("/api/v1/supervision/dashboard")
                .with(user(logins.loadUserByUsername("supervisor")))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getHeader(ReplicaReads.HEADER)).isEqualTo(ReplicaReads.REPLICA);

        String page = mvc.perform(get("/supervision/dashboard").with(user(logins.loadUserByUsername("supervisor"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("数据来自只读副本，可能有数秒延迟");
        String english = mvc.perform(get("/supervision/dashboard").param("lang", "en")
                        .with(user(logins.loadUserByUsername("supervisor"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("come from a read replica and may be a few seconds old");
    }
}
