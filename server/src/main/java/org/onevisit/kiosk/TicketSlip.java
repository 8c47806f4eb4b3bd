package org.onevisit.kiosk;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A walk-in ticket's slip (取号凭条) as the kiosk prints it: the hall's queue gives the figures, the kiosk prints them
 * ({@link KioskSlips#ticket(TicketSlip)}, {@link Kiosk#printTicket(TicketSlip)}).
 *
 * @param ticketNumber the number called out, e.g. A023
 * @param counterType the counter type in words, e.g. A 综合受理
 * @param peopleAhead how many wait before this ticket
 * @param estimatedWait the wait the queue estimates from the day's service times
 * @param takenAt when the ticket was taken, the hall's local time
 * @param centreName the centre's name, as the slip's heading and its footer show it
 */
public record TicketSlip(String ticketNumber, String counterType, int peopleAhead, Duration estimatedWait,
        LocalDateTime takenAt, String centreName) {

    public TicketSlip {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(estimatedWait, "estimatedWait");
        if (ticketNumber == null || ticketNumber.isBlank() || counterType == null || counterType.isBlank()
                || centreName == null || centreName.isBlank()) {
            throw new IllegalArgumentException("A ticket slip needs a number, a counter type and the centre's name");
        }
        if (peopleAhead < 0 || estimatedWait.isNegative()) {
            throw new IllegalArgumentException("People ahead and the estimated wait cannot be negative");
        }
    }

    /** The estimated wait in whole minutes, rounded up: 0 only when nobody waits. */
    public long waitMinutes() {
        long minutes = estimatedWait.toMinutes();
        return estimatedWait.minusMinutes(minutes).isZero() ? minutes : minutes + 1;
    }
}
