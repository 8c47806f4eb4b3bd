package org.onevisit.notification;

/**
 * Where a message's delivery on one channel stands (ADR 0045): waiting for its next attempt, handed to the gateway,
 * given up after its last attempt (a dead letter), dropped by an administrator, or never tried because the applicant
 * switched the kind off (ADR 0046).
 */
public enum DeliveryState {
    PENDING, SENT, DEAD, DISCARDED, SWITCHED_OFF
}
