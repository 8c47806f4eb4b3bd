package org.onevisit.postal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A registered mail item (邮寄件) and what became of it: the case its materials were scanned into, or the reason it went
 * back to the sender.
 */
public record MailItem(long id, String trackingNumber, String carrier, Sender sender, LocalDate receivedOn,
        String appliedFor, String notes, MailItemState state, @Nullable String caseNumber, @Nullable String returnReason,
        String registeredBy, Instant registeredAt) {
}
