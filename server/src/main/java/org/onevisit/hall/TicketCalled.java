package org.onevisit.hall;

import java.time.Instant;

/**
 * A ticket called to a counter (or called again, {@code recall} > 0), announced once the call has committed: the
 * board shows and speaks it (请A023号到A01号窗口办理).
 *
 * @param waiting the tickets of the type still waiting after the call
 * @param estimatedMinutes the wait a newcomer of the type is told now
 */
public record TicketCalled(String number, String type, String counter, int recall, Instant at, int waiting,
        long estimatedMinutes) {
}
