package org.onevisit.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A case was accepted (受理) — by a clerk, on a pledge, or deemed so by law — and its review can start.
 *
 * @param items the item codes with the versions the case was accepted under, as {@code code@version}
 * @param instant whether every item is an instant item (即办件), to be decided in the same visit
 * @param onPledge whether materials are still owed under a 容缺 pledge (the result is withheld until then)
 */
public record CaseAccepted(String caseNumber, String subject, boolean bundle, List<String> items, LocalDate acceptedOn,
        boolean instant, boolean onPledge) {

    public CaseAccepted {
        items = List.copyOf(items);
    }
}
