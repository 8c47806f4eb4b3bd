package org.onevisit.hall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * An appointment (预约) of an applicant's account for a counter type's slot.
 *
 * @param reference the short code the applicant shows at the door or the kiosk
 * @param subject the item or bundle the applicant comes for, when they said (it fills the counter's form)
 * @param ticketId the ticket its check-in made
 */
public record Appointment(String id, String reference, String account, String type, LocalDate day, LocalTime start,
        LocalTime end, @Nullable String subject, AppointmentStatus status, Instant bookedAt, @Nullable String ticketId) {
}
