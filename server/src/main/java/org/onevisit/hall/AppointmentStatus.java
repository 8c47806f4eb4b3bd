package org.onevisit.hall;

/** Where an appointment stands: booked, cancelled by the applicant, checked in (its ticket made), or missed. */
public enum AppointmentStatus {
    BOOKED, CANCELLED, CHECKED_IN, NO_SHOW
}
