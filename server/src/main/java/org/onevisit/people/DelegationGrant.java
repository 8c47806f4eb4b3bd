package org.onevisit.people;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An item a chief representative is to decide alone, from a day and until a day (or until revoked).
 *
 * @param itemCode the catalog code of the service item, e.g. {@code XK-SCJG-001}
 */
public record DelegationGrant(String itemCode, LocalDate validFrom, @Nullable LocalDate validTo) {

    public DelegationGrant {
        itemCode = itemCode.strip().toUpperCase(Locale.ROOT);
        if (itemCode.isEmpty() || itemCode.length() > 64) {
            throw Invalid.because("delegation-item-code-invalid", "The item code must have 1 to 64 characters.");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw Invalid.because("delegation-period-invalid", "The delegation ends before it starts.",
                    validFrom.toString(), validTo.toString());
        }
    }
}
