package org.onevisit.hall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * A ticket (号) of the day: its number (A001…) within its counter type, the channel it was taken on and where it
 * stands. An appointment's ticket carries the start of its slot, in which it is called first.
 *
 * @param id opaque, the ticket's handle for the counter's form; never shown to the public
 * @param counter the counter that called it (the last, after a recall)
 * @param caseNumber the case received for it at the counter
 */
public record Ticket(String id, LocalDate day, String type, String number, TicketChannel channel,
        @Nullable String account, @Nullable String appointmentId, @Nullable LocalTime slot, TicketStatus status,
        Instant takenAt, @Nullable Instant calledAt, @Nullable String calledBy, @Nullable String counter, int recalls,
        @Nullable Instant finishedAt, @Nullable String caseNumber, @Nullable String transferredFrom, int version) {
}
