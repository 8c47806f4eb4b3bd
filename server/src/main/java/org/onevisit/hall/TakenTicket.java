package org.onevisit.hall;

import java.time.Duration;

/**
 * A ticket as its holder is told it: the number, how many are ahead in the queue of its type and the waiting time
 * estimated from the day's services (ADR 0040).
 */
public record TakenTicket(Ticket ticket, int peopleAhead, Duration estimatedWait) {

    public String number() {
        return ticket.number();
    }

    /** The estimate in whole minutes, rounded up. */
    public long estimatedMinutes() {
        return (estimatedWait.toSeconds() + 59) / 60;
    }
}
