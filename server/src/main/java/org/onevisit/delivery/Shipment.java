package org.onevisit.delivery;

/** A shipment booked with a carrier (快递单): the carrier's name and its tracking number. */
public record Shipment(String carrier, String trackingNumber) {

    public Shipment {
        carrier = carrier.strip();
        trackingNumber = trackingNumber.strip();
        if (carrier.isEmpty() || trackingNumber.isEmpty()) {
            throw new IllegalArgumentException("A shipment names its carrier and tracking number");
        }
    }
}
