package org.onevisit.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A visit the applicant made in person for the case (跑动次数): only counter interactions count. */
public record Visit(Instant at, String purpose, String clerk) {

    /**
     * The visit an action costs the applicant: none online, and none for a second counter action on a day
     * the case already counted a visit.
     */
    static @Nullable Visit of(Channel channel, String clerk, IntakeCase c, String purpose, Clock clock) {
        if (!channel.inPerson()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        boolean countedToday = c.visits().stream().anyMatch(v -> LocalDate.ofInstant(v.at(), clock.getZone()).equals(today));
        return countedToday ? null : new Visit(clock.instant(), purpose, clerk);
    }
}
