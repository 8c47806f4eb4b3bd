package org.onevisit.hall;

import java.time.LocalDate;
import java.time.LocalTime;

/** An appointment slot of a counter type on a working day, with its capacity and the appointments it holds. */
public record Slot(String type, LocalDate day, LocalTime start, LocalTime end, int capacity, int booked) {

    public int available() {
        return Math.max(0, capacity - booked);
    }
}
