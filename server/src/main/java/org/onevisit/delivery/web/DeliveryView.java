package org.onevisit.delivery.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.onevisit.delivery.Address;
import org.onevisit.delivery.Delivery;
import org.onevisit.delivery.DeliveryMethod;
import org.onevisit.delivery.DeliveryStatus;

/** A delivery as staff see it: the recipient, phone and address masked. */
record DeliveryView(String caseNumber, DeliveryStatus status, @Nullable DeliveryMethod method,
        @Nullable String recipient, @Nullable String phone, @Nullable String address, @Nullable String carrier,
        @Nullable String trackingNumber, @Nullable String handedOverBy, @Nullable Instant closedAt, Instant createdAt,
        long version) {

    static DeliveryView of(Delivery d) {
        Address to = d.to();
        var shipment = d.shipment();
        return new DeliveryView(d.caseNumber(), d.status(), d.method(), to == null ? null : to.maskedRecipient(),
                to == null ? null : to.maskedPhone(), to == null ? null : to.maskedAddress(),
                shipment == null ? null : shipment.carrier(), shipment == null ? null : shipment.trackingNumber(),
                d.handedOverBy(), d.closedAt(), d.createdAt(), d.version());
    }
}
