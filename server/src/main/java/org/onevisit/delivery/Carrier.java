package org.onevisit.delivery;

/** A courier (快递公司) the centre sends results with: books a shipment and answers with its tracking number. */
public interface Carrier {

    Shipment book(DeliveryRequest request);
}
