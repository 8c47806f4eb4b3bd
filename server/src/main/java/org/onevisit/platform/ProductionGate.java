package org.onevisit.platform;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the application from starting in production on a default or demo key or password: with demo data off, every
 * module's {@link ProductionCheck} runs once the database is migrated, before any startup data is loaded (the first
 * administrator among them) and before the web server takes a request. Whatever they find ends the start with one
 * message listing each problem and its fix ({@link UnsafeForProductionAnalyzer}).
 */
@Component
@ConditionalOnProperty(name = "onevisit.demo-data", havingValue = "false")
class ProductionGate implements SmartLifecycle {

    /** Before the startup data ({@link StartupDataLoader#PHASE}) and so before the web server. */
    static final int PHASE = StartupDataLoader.PHASE - 1;

    private final List<ProductionCheck> checks;
    private volatile boolean running;

    ProductionGate(List<ProductionCheck> checks) {
        this.checks = checks;
    }

    @Override
    public void start() {
        List<ProductionProblem> problems = checks.stream().flatMap(check -> check.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new UnsafeForProduction(problems);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
