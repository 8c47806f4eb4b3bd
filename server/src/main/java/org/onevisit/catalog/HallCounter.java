package org.onevisit.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A counter of the hall as administrators keep it: its number across the centre, name, kind and the department it
 * belongs to (null: the centre itself), with the version of its row.
 */
public record HallCounter(String number, String name, CounterKind kind, @Nullable String departmentCode, long version) {
}
