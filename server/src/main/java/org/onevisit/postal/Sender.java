package org.onevisit.postal;

import java.util.Map;

import org.onevisit.people.PhoneNumber;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.PersonalData;

/**
 * Who sent the mail item (寄件人), as the waybill names them: personal data, stored encrypted and shown masked. The phone
 * is a mobile number, for the text messages; the address is where the result goes back by express.
 * {@link #toString()} shows nothing personal.
 */
public record Sender(String name, String phone, String address) {

    static final int NAME = 50;
    static final int ADDRESS_MIN = 5;
    static final int ADDRESS = 200;

    /** @throws DomainException naming the field ({@code sender.name}, {@code sender.phone}, {@code sender.address}) */
    public Sender {
        name = name == null ? "" : name.strip();
        address = address == null ? "" : address.strip();
        if (name.isEmpty() || name.length() > NAME) {
            throw invalid("postal-sender-name", "sender.name", "The sender's name (1 to 50 characters) is missing");
        }
        if (PhoneNumber.problem(phone).isPresent()) {
            throw invalid("postal-sender-phone", "sender.phone", "The sender's phone is not a mobile number");
        }
        phone = PhoneNumber.parse(phone).value();
        if (address.length() < ADDRESS_MIN || address.length() > ADDRESS) {
            throw invalid("postal-sender-address", "sender.address", "The sender's address (5 to 200 characters) is missing");
        }
    }

    public String maskedName() {
        return PersonalData.name(name);
    }

    public String maskedPhone() {
        return PersonalData.phone(phone);
    }

    public String maskedAddress() {
        return PersonalData.address(address);
    }

    private static DomainException invalid(String code, String field, String message) {
        return new DomainException(Kind.INVALID, code, message, Map.of("field", field));
    }

    @Override
    public String toString() {
        return "Sender[" + maskedName() + ", " + maskedAddress() + "]";
    }
}
