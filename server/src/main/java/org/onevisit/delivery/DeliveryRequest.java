package org.onevisit.delivery;

/**
 * What a carrier is asked to book: the case, where to, and — for a booking entered by hand — the carrier and
 * tracking number the clerk wrote on the waybill.
 */
public record DeliveryRequest(String caseNumber, Address to, String carrier, String trackingNumber) {
}
