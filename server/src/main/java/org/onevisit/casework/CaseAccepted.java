package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case was accepted (受理) — by a clerk, on a 容缺 pledge, or deemed so by law — and casework owns it from now on.
 * Published once a case, in the transaction that accepts it, for other government systems (docs/events.md); it holds
 * nothing personal, so it may be kept in the event publication registry as it is.
 *
 * @param subject the item or bundle applied for: its code
 * @param items each item of the case with the catalog version it was accepted under and its department
 * @param acceptedAt when the acceptance was recorded
 * @param onPledge accepted on a 容缺 pledge: non-core materials are still owed
 * @param promisedBy the promised deadline (承诺时限)
 * @param legalBy the legal deadline (法定时限)
 */
public record CaseAccepted(String caseNumber, String subject, boolean bundle, List<Item> items, LocalDate acceptedOn,
        Instant acceptedAt, boolean deemedAccepted, boolean onPledge, LocalDate promisedBy, LocalDate legalBy) {

    public CaseAccepted {
        items = List.copyOf(items);
    }

    /** An item of the accepted case. */
    public record Item(String code, int version, String department) {
    }

    static CaseAccepted of(CaseFile file, Instant at) {
        return new CaseAccepted(file.number(), file.facts().subject(), file.facts().bundle(),
                file.facts().items().stream().map(i -> new Item(i.code(), i.version(), i.department())).toList(),
                file.clock().acceptedOn(), at, file.clock().deemedAccepted(), file.pledge() != null,
                file.clock().promised(), file.clock().legal());
    }
}
