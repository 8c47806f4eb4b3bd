package org.onevisit.casework.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An item of the case with every department's review of it and what the user may do about it, by name; in a bundle,
 * {@code waitsFor} names the earlier item to be decided first (empty when none).
 */
record ReviewItemView(String code, String name, String leadDepartment, String leadDepartmentName, List<ReviewRow> rows,
        boolean allDone, boolean objected, List<ReviewRow> lateObjections, @Nullable ReviewItemDecision decision,
        String waitsFor, boolean canDecide, boolean canDecideOnTheSpot) {
}
