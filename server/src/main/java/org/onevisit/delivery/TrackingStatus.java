package org.onevisit.delivery;

/** What a carrier reports of a shipment. */
public enum TrackingStatus {
    IN_TRANSIT(DeliveryStatus.IN_TRANSIT),
    DELIVERED(DeliveryStatus.DELIVERED),
    RETURNED(DeliveryStatus.RETURNED);

    private final DeliveryStatus status;

    TrackingStatus(DeliveryStatus status) {
        this.status = status;
    }

    DeliveryStatus status() {
        return status;
    }
}
