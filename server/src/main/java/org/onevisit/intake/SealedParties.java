package org.onevisit.intake;

import java.util.List;

import org.onevisit.platform.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * The personal data inside a stored case body, encrypted before the body is written and decrypted after it is read
 * (DESIGN decision 8): the values {@link Parties} names as personal — the applicant's identifier and phone, the agent's
 * ID number and phone, and every value of the one form (一表申请).
 */
@Component
class SealedParties {

    private final PersonalDataCipher cipher;

    SealedParties(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** The case as its body is stored. */
    IntakeCase sealed(IntakeCase c) {
        return c.withParties(c.parties().withPersonalData(cipher::encrypt));
    }

    /** The case as its stored body was written. */
    IntakeCase opened(IntakeCase c) {
        return c.withParties(c.parties().withPersonalData(cipher::decrypt));
    }

    /** The encrypted values of a case as stored, to tell which key each is under. */
    List<String> sealedValues(IntakeCase stored) {
        return stored.parties().personalData();
    }

    /** The blind index an applicant's cases are found by: of the resident ID number or credit code in clear. */
    String applicantIndex(String identifier) {
        return cipher.index(PersonalDataCipher.Lookup.IDENTIFIER, identifier);
    }
}
