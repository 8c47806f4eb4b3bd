package org.onevisit.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A visit the applicant made in person for the case (跑动次数): only counter interactions count.
 *
 * @param clerk the clerk who served the applicant
 * @param counter the number of the counter (窗口) the clerk sat at then, as people knew it at the visit; null when the
 *     clerk sat at none, and for every visit recorded before counters were (ADR 0038); left out of the stored body
 *     when null, so a case without counters keeps the shape every earlier version wrote
 */
public record Visit(Instant at, String purpose, String clerk,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String counter) {

    /** A visit with no counter recorded. */
    public Visit(Instant at, String purpose, String clerk) {
        this(at, purpose, clerk, null);
    }

    /**
     * The visit an action costs the applicant: none online, and none for a second counter action on a day
     * the case already counted a visit.
     */
    static @Nullable Visit of(Channel channel, String clerk, @Nullable String counter, IntakeCase c, String purpose,
            Clock clock) {
        if (!channel.inPerson()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        boolean countedToday = c.visits().stream().anyMatch(v -> LocalDate.ofInstant(v.at(), clock.getZone()).equals(today));
        return countedToday ? null : new Visit(clock.instant(), purpose, clerk, counter);
    }
}
