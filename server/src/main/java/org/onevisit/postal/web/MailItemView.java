package org.onevisit.postal.web;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.postal.MailItem;
import org.onevisit.postal.MailItemState;

/** A mail item as the API and the lists show it: the sender's name, phone and address masked. */
record MailItemView(long id, String trackingNumber, String carrier, String senderName, String senderPhone,
        String senderAddress, LocalDate receivedOn, String appliedFor, String notes, MailItemState state,
        @Nullable String caseNumber, @Nullable String returnReason, Instant registeredAt) {

    static MailItemView of(MailItem i) {
        return new MailItemView(i.id(), i.trackingNumber(), i.carrier(), i.sender().maskedName(), i.sender().maskedPhone(),
                i.sender().maskedAddress(), i.receivedOn(), i.appliedFor(), i.notes(), i.state(), i.caseNumber(),
                i.returnReason(), i.registeredAt());
    }
}
