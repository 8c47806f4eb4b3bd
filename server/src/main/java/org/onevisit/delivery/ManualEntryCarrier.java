package org.onevisit.delivery;

import org.springframework.stereotype.Component;

/**
 * The carrier used until a courier's booking system is connected: the clerk fills in the waybill at the counter
 * (for example with 中国邮政EMS) and enters the carrier and tracking number by hand; the booking is what was
 * entered. Status updates still arrive through the signed callback.
 */
@Component
class ManualEntryCarrier implements Carrier {

    @Override
    public Shipment book(DeliveryRequest request) {
        return new Shipment(request.carrier(), request.trackingNumber());
    }
}
