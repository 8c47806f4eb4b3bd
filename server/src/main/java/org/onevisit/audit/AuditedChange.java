package org.onevisit.audit;

import java.time.Instant;
import java.util.Map;

/**
 * A change to an audited record — a case, from any module — as the audit trail keeps it: who did what,
 * when, on which channel, with the values before and after. Publishers mask personal data in the values
 * (ID numbers, phone numbers, addresses) before publishing; the trail is appended in the same transaction
 * as the change, so neither exists without the other.
 *
 * @param subject the kind of record, e.g. {@code case}
 * @param subjectId its identifier, e.g. the case number
 * @param action what happened, a verb the clerks use, e.g. {@code accept}
 * @param actor the account that acted, or {@code system} for timers
 * @param channel where it came from: {@code COUNTER}, {@code WEB}, {@code MOBILE}, {@code KIOSK}, {@code POSTAL}, {@code SYSTEM}
 */
public record AuditedChange(String subject, String subjectId, String action, String actor, String channel,
        Map<String, String> before, Map<String, String> after, Instant at) {

    public AuditedChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
