package org.onevisit.hall;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hall's settings ({@code onevisit.hall.*}): the opening sessions cut into appointment slots, each slot's
 * capacity per counter type, how many days ahead one may book, how early before the slot and how late in it one may
 * check in, and the service time the waiting estimate assumes before the day has finished any service.
 */
@Component
class HallSettings {

    private final List<LocalTime> slotStarts;
    private final Duration slotLength;
    private final int capacity;
    private final int bookingDays;
    private final Duration earlyCheckIn;
    private final Duration defaultServiceTime;

    HallSettings(@Value("${onevisit.hall.sessions:09:00-12:00,13:30-17:00}") String sessions,
            @Value("${onevisit.hall.slot-length:PT30M}") Duration slotLength,
            @Value("${onevisit.hall.slot-capacity:6}") int capacity,
            @Value("${onevisit.hall.booking-days:14}") int bookingDays,
            @Value("${onevisit.hall.early-check-in:PT1H}") Duration earlyCheckIn,
            @Value("${onevisit.hall.default-service-time:PT10M}") Duration defaultServiceTime) {
        if (slotLength.toMinutes() < 5 || capacity < 1 || bookingDays < 1) {
            throw new IllegalArgumentException("onevisit.hall: slots of at least 5 minutes, a capacity and booking days");
        }
        this.slotLength = slotLength;
        this.capacity = capacity;
        this.bookingDays = bookingDays;
        this.earlyCheckIn = earlyCheckIn;
        this.defaultServiceTime = defaultServiceTime;
        List<LocalTime> starts = new ArrayList<>();
        for (String session : sessions.split(",")) {
            String[] ends = session.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("onevisit.hall.sessions: HH:mm-HH:mm, separated by commas: " + sessions);
            }
            LocalTime from = LocalTime.parse(ends[0].strip());
            LocalTime to = LocalTime.parse(ends[1].strip());
            for (LocalTime t = from; !t.plus(slotLength).isAfter(to) && !t.plus(slotLength).equals(LocalTime.MIDNIGHT)
                    && t.isBefore(to); t = t.plus(slotLength)) {
                starts.add(t);
            }
        }
        this.slotStarts = List.copyOf(starts);
    }

    List<LocalTime> slotStarts() {
        return slotStarts;
    }

    Duration slotLength() {
        return slotLength;
    }

    int capacity() {
        return capacity;
    }

    int bookingDays() {
        return bookingDays;
    }

    Duration earlyCheckIn() {
        return earlyCheckIn;
    }

    Duration defaultServiceTime() {
        return defaultServiceTime;
    }
}
