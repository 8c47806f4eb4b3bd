package org.onevisit.audit;

import java.nio.file.Path;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit trail from the command line, for a supervisor's scheduled check, with no HTTP port opened:
 * {@code java -jar onevisit-server.jar --onevisit.command=verify-audit --server.port=-1}, comparing the chain with the
 * signed checkpoints of the checkpoint folder and the database, and with those of an export a supervisor kept given as
 * {@code --onevisit.audit.checkpoint-export=audit-checkpoints.jsonl}. The application ends with exit code
 * {@value #INTACT} when the trail is intact, {@value #TAMPERED} when the chain was tampered with (edited, deleted,
 * reordered, truncated or rewritten), {@value #CHECKPOINT_INVALID} when the chain is intact but a checkpoint does not
 * verify (a checkpoint file altered, or an export that cannot be read).
 * ({@code --spring.main.web-application-type=none} would be lighter still, but the security configuration needs the
 * web context to start.) The outcome is logged as one line at INFO, each problem on its own line at WARN; subjects are
 * case numbers and checkpoint files, never personal data.
 */
@Component
@ConditionalOnProperty(name = "onevisit.command", havingValue = "verify-audit")
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    static final int INTACT = 0;
    static final int TAMPERED = 1;
    static final int CHECKPOINT_INVALID = 2;
    private static final Logger log = LoggerFactory.getLogger(VerifyAuditCommand.class);

    private final AuditTrail trail;
    private final @Nullable Path export;
    private final IntConsumer exit;
    private int exitCode;

    @Autowired
    VerifyAuditCommand(AuditTrail trail, @Value("${onevisit.audit.checkpoint-export:}") String export,
            ConfigurableApplicationContext context) {
        this(trail, export.isBlank() ? null : Path.of(export), code -> System.exit(SpringApplication.exit(context)));
    }

    /** With {@code exit} receiving the exit code instead of the process ending, as tests need. */
    VerifyAuditCommand(AuditTrail trail, @Nullable Path export, IntConsumer exit) {
        this.trail = trail;
        this.export = export;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = trail.verifyAgainst(export);
        result.problems().forEach(p -> log.warn("Audit trail problem: {} seq {}-{} {}", p.kind(), p.fromSeq(),
                p.toSeq(), p.subjects()));
        log.info(result.summary());
        exitCode = result.ok() ? INTACT : result.chainBroken() ? TAMPERED : CHECKPOINT_INVALID;
        exit.accept(exitCode);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
