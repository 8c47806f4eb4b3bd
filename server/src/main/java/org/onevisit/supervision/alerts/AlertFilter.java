package org.onevisit.supervision.alerts;

import org.jspecify.annotations.Nullable;

/** Which alerts a list shows: of one level, one department (its code), one state, one case; any where null. */
public record AlertFilter(@Nullable AlertLevel level, @Nullable String department, @Nullable AlertState state,
        @Nullable String caseNumber) {

    public static final AlertFilter ALL = new AlertFilter(null, null, null, null);
}
