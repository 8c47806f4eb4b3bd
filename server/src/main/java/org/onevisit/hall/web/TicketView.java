package org.onevisit.hall.web;

import java.time.Instant;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.onevisit.hall.TakenTicket;
import org.onevisit.hall.Ticket;

/**
 * A ticket as the API shows it: its number, type and where it stands, the people ahead and the estimated wait in
 * minutes; the counter once called; the case received for it.
 */
record TicketView(String id, String number, String type, String channel, String status, Instant takenAt,
        @Nullable String slot, int peopleAhead, long estimatedWaitMinutes, @Nullable String counter,
        @Nullable Instant calledAt, int recalls, @Nullable String caseNumber) {

    static TicketView of(TakenTicket t) {
        Ticket k = t.ticket();
        return new TicketView(k.id(), k.number(), k.type(), k.channel().name(), k.status().name(), k.takenAt(), k.slot() == null ? null : hhmm(k.slot()),
                t.peopleAhead(), t.estimatedMinutes(), k.counter(), k.calledAt(), k.recalls(), k.caseNumber());
    }

    static String hhmm(LocalTime t) {
        return t.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }

    static TicketView of(Ticket k) {
        return of(new org.onevisit.hall.TakenTicket(k, 0, java.time.Duration.ZERO));
    }
}
