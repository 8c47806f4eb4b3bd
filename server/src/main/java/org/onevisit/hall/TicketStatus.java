package org.onevisit.hall;

/** A ticket's course: waiting, called to a counter, served (done), or skipped (过号) when its holder did not come. */
public enum TicketStatus {
    WAITING, CALLED, DONE, SKIPPED
}
