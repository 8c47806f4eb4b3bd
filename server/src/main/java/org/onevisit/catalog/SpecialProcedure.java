package org.onevisit.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A special procedure (特别程序) of an item, such as a hearing or a site inspection, whose time is not
 * counted in the time limit (《行政许可法》第四十五条); {@code maxDays} is its usual length in working days.
 */
public record SpecialProcedure(SpecialProcedureKind kind, @Nullable Integer maxDays, String note) {
}
