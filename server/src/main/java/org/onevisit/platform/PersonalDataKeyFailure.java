package org.onevisit.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a start refused for a personal-data key as what is wrong and what to do, without a stack trace to read. */
class PersonalDataKeyFailure extends AbstractFailureAnalyzer<PersonalDataKeyProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PersonalDataKeyProblem cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
