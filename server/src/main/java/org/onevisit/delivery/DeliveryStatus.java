package org.onevisit.delivery;

import java.util.Set;

/** Where the delivery of a case's results stands. */
public enum DeliveryStatus {
    /** 暂缓送达: the case was accepted on a pledge not yet kept; the result waits for the supplement. */
    WITHHELD,
    /** 待选择: pickup at the counter or express, as the applicant chooses. */
    AWAITING_CHOICE,
    /** 待领取: the result lies at the counter. */
    PICKUP_READY,
    /** 已领取: handed over at the counter. */
    PICKED_UP,
    /** 已寄件: the shipment is booked with the carrier. */
    SHIPMENT_CREATED,
    /** 运输中. */
    IN_TRANSIT,
    /** 已签收. */
    DELIVERED,
    /** 已退回: the carrier could not deliver and sent the result back. */
    RETURNED;

    private static final Set<DeliveryStatus> CLOSED = Set.of(PICKED_UP, DELIVERED, RETURNED);

    public boolean closed() {
        return CLOSED.contains(this);
    }
}
