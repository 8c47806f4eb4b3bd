package org.onevisit.catalog;

/** A counter (窗口) in the service centre, numbered across the centre. */
public record Counter(String number, String name) {
}
