package org.onevisit.supervision;

import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit trail from the command line and ends the application with exit code 0 if the trail
 * is intact, 1 if not — for a supervisor's scheduled check, with no HTTP port opened:
 * {@code java -jar onevisit-server.jar --onevisit.command=verify-audit --server.port=-1}.
 * ({@code --spring.main.web-application-type=none} would be lighter still, but the security configuration
 * needs the web context to start.) The outcome is logged as one line at INFO, each problem on its own line
 * at WARN; subjects are case numbers, never personal data.
 */
@Component
@ConditionalOnProperty(name = "onevisit.command", havingValue = "verify-audit")
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(VerifyAuditCommand.class);

    private final AuditTrail trail;
    private final IntConsumer exit;
    private int exitCode;

    @Autowired
    VerifyAuditCommand(AuditTrail trail, ConfigurableApplicationContext context) {
        this(trail, code -> System.exit(SpringApplication.exit(context)));
    }

    /** With {@code exit} receiving the exit code instead of the process ending, as tests need. */
    VerifyAuditCommand(AuditTrail trail, IntConsumer exit) {
        this.trail = trail;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = trail.verify();
        result.problems().forEach(p -> log.warn("Audit trail problem: {} seq {}-{} {}", p.kind(), p.fromSeq(),
                p.toSeq(), p.subjects()));
        log.info(result.summary());
        exitCode = result.ok() ? 0 : 1;
        exit.accept(exitCode);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
