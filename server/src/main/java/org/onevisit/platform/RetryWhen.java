package org.onevisit.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * When a refused attempt may be made again, as pages tell it: "in 8 seconds" up to a minute, else "after 09:15" —
 * the minute rounded up, in the centre's time zone, with the date when it is not today.
 */
public final class RetryWhen {

    private static final long SECONDS_TOLD = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RetryWhen() {
    }

    public static String text(MessageSource messages, Clock clock, Instant retryAt, Locale locale) {
        Instant now = clock.instant();
        Duration wait = Duration.between(now, retryAt);
        long seconds = Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
        if (seconds <= SECONDS_TOLD) {
            return messages.getMessage("retry.in-seconds", new Object[] {seconds}, locale);
        }
        ZonedDateTime at = retryAt.atZone(clock.getZone());
        ZonedDateTime minute = at.truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime shown = minute.equals(at) ? minute : minute.plusMinutes(1);
        boolean today = shown.toLocalDate().equals(now.atZone(clock.getZone()).toLocalDate());
        return messages.getMessage("retry.after-time", new Object[] {(today ? TIME : DAY_AND_TIME).format(shown)}, locale);
    }
}
