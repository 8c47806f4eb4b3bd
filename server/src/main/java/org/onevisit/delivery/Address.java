package org.onevisit.delivery;

import org.onevisit.platform.PersonalData;

/**
 * Where an express shipment goes: personal data, kept in full only for the carrier's waybill and shown masked
 * everywhere else. {@link #toString()} shows nothing personal.
 */
public record Address(String recipient, String phone, String address) {

    public Address {
        recipient = recipient.strip();
        phone = phone.strip();
        address = address.strip();
        if (recipient.isEmpty() || phone.isEmpty() || address.isEmpty()) {
            throw new IllegalArgumentException("An address names the recipient, the phone and the full address");
        }
    }

    public String maskedRecipient() {
        return PersonalData.name(recipient);
    }

    public String maskedPhone() {
        return PersonalData.phone(phone);
    }

    public String maskedAddress() {
        return PersonalData.address(address);
    }

    @Override
    public String toString() {
        return "Address[" + maskedRecipient() + ", " + maskedAddress() + "]";
    }
}
