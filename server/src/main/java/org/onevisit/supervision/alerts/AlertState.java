package org.onevisit.supervision.alerts;

/** Where an alert stands with its recipients. */
public enum AlertState {
    /** Raised and sent; nobody has acknowledged it yet. */
    RAISED,
    /** A recipient has seen it (签收). */
    ACKNOWLEDGED,
    /** A recipient answered what was done or why (回复); an answer to a yellow card in time keeps it from turning red. */
    ANSWERED
}
