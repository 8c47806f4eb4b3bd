package org.onevisit.notification;

/** How a message leaves OneVisit: by SMS, by e-mail, or through the staff's internal messaging platform. */
public enum Channel {
    SMS, EMAIL, STAFF
}
