package org.onevisit.intake;

import org.onevisit.platform.DomainException;

/** A step at intake that the case's state or the rules do not allow; nothing was changed. */
public class IntakeRefused extends DomainException {

    IntakeRefused(Kind kind, String code, String message, Object... args) {
        super(kind, code, message, args);
    }

    static IntakeRefused wrongState(CaseNumber number, CaseStatus status, String action) {
        return new IntakeRefused(Kind.CONFLICT, "intake-wrong-state",
                "Case " + number + " is " + status + ": cannot " + action, number.value(),
                DomainException.label("intake.page.status." + status.name(), status.name()),
                DomainException.label("intake.action." + action, action));
    }

    static IntakeRefused rule(String code, String message, Object... args) {
        return new IntakeRefused(Kind.RULE_VIOLATED, code, message, args);
    }
}
