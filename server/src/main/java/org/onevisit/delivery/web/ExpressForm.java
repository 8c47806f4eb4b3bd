package org.onevisit.delivery.web;

import org.onevisit.delivery.Address;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An express booking entered by hand: where to, and the carrier and tracking number of the waybill. */
record ExpressForm(@NotBlank @Size(max = 100) String recipient,
        @NotBlank @Pattern(regexp = "[0-9+\\- ]{7,20}") String phone,
        @NotBlank @Size(max = 300) String address,
        @NotBlank @Size(max = 60) String carrier,
        @NotBlank @Pattern(regexp = "[0-9A-Za-z\\-]{4,60}") String trackingNumber) {

    Address to() {
        return new Address(recipient, phone, address);
    }
}
