package org.onevisit.casework;

import org.onevisit.platform.DomainException;

/** A casework step the task's state or the rules do not allow; nothing was changed. */
public class CaseworkRefused extends DomainException {

    CaseworkRefused(Kind kind, String code, String message, Object... args) {
        super(kind, code, message, args);
    }

    static CaseworkRefused wrongState(ReviewTask task, TaskTransition step) {
        return new CaseworkRefused(Kind.CONFLICT, "casework-wrong-state",
                "Task " + task.id() + " is " + task.status() + ": cannot " + step.action(), task.id(),
                DomainException.label("casework.page.status." + task.status().name(), task.status().name()),
                DomainException.label("casework.action." + step.action(), step.action()));
    }

    /** The item has its decision: each item is decided once. */
    static CaseworkRefused itemDecided(String caseNumber, String itemCode) {
        return new CaseworkRefused(Kind.CONFLICT, "casework-item-decided", "Item " + itemCode + " is decided already",
                caseNumber, itemCode);
    }

    static CaseworkRefused rule(String code, String message, Object... args) {
        return new CaseworkRefused(Kind.RULE_VIOLATED, code, message, args);
    }
}
