package org.onevisit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code --onevisit.command=verify-audit} ends the application with 0 for an intact trail, 1 for a broken one. */
@SpringBootTest
class VerifyAuditCommandTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    private final AtomicInteger exitCode = new AtomicInteger(-1);

    @Test
    void an_intact_trail_exits_with_0() {
        trail.append(change());
        VerifyAuditCommand command = new VerifyAuditCommand(trail, null, exitCode::set);

        command.run(new DefaultApplicationArguments("--onevisit.command=verify-audit"));

        assertThat(exitCode).hasValue(0);
        assertThat(command.getExitCode()).isZero();
    }

    @Test
    void a_tampered_trail_exits_with_1() {
        long seq = trail.append(change()).seq();
        VerifyAuditCommand command = new VerifyAuditCommand(trail, null, exitCode::set);
        try (var saved = Tampering.keep(jdbc, seq)) {
            jdbc.sql("UPDATE audit_record SET actor = 'someone-else' WHERE seq = ?").param(seq).update();

            command.run(new DefaultApplicationArguments("--onevisit.command=verify-audit"));
        }
        assertThat(exitCode).hasValue(1);
        assertThat(command.getExitCode()).isEqualTo(1);
    }

    @Test
    void the_command_is_not_a_bean_unless_asked_for(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(VerifyAuditCommand.class)).isEmpty();
    }

    private static AuditedChange change() {
        return new AuditedChange("case", "V" + UUID.randomUUID(), "accept", "clerk1", "COUNTER", Map.of(),
                Map.of("status", "ACCEPTED"), Instant.parse("2026-03-02T01:30:00Z"));
    }
}
