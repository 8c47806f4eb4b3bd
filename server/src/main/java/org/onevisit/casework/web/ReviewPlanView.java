package org.onevisit.casework.web;

import java.util.List;

import org.onevisit.casework.TaskStatus;

/**
 * A stage of the case's plan as the review page shows it: its name, the stages it waits for, and which departments
 * review which item in it, with where each review stands.
 */
record ReviewPlanView(String key, String name, List<String> after, List<Item> items) {

    /** An item of the stage and its reviewing departments. */
    record Item(String code, String name, List<Department> departments) {
    }

    /** A department reviewing the item: its name, whether it leads (the item's own), where its review stands. */
    record Department(String name, boolean lead, TaskStatus status) {
    }
}
