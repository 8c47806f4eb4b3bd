package org.onevisit.casework;

import org.onevisit.platform.DomainException;

/** A casework step the task's state or the rules do not allow; nothing was changed. */
public class CaseworkRefused extends DomainException {

    CaseworkRefused(Kind kind, String code, String message, Object... args) {
        super(kind, code, message, args);
    }

    static CaseworkRefused wrongState(ReviewTask task, String action) {
        return new CaseworkRefused(Kind.CONFLICT, "casework-wrong-state",
                "Task " + task.id() + " is " + task.status() + ": cannot " + action, task.id(),
                DomainException.label("casework.page.status." + task.status().name(), task.status().name()),
                DomainException.label("casework.action." + action, action));
    }

    static CaseworkRefused rule(String code, String message, Object... args) {
        return new CaseworkRefused(Kind.RULE_VIOLATED, code, message, args);
    }
}
