package org.onevisit.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start refused for default or demo keys or passwords into Spring Boot's "application failed to start" report:
 * one log message with every problem and its fix, and no stack trace.
 */
class UnsafeForProductionAnalyzer extends AbstractFailureAnalyzer<UnsafeForProduction> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeForProduction cause) {
        return new FailureAnalysis(cause.getMessage(), "Fix each problem as described above and start again. For a "
                + "trial with demo data instead, set onevisit.demo-data=true (ONEVISIT_DEMO_DATA=true).", cause);
    }
}
