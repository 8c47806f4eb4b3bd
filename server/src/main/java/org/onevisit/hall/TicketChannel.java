package org.onevisit.hall;

/** Where a ticket was taken: the self-service kiosk, the city's app, the door (guide or clerk), or an appointment's check-in. */
public enum TicketChannel {
    KIOSK, APP, DOOR, APPOINTMENT
}
