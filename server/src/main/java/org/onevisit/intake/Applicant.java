package org.onevisit.intake;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalData;

/**
 * Who applies: a natural person by resident ID number or a legal person by credit code, with a phone for
 * notices, and for a legal person its legal representative. {@link #toString()} shows nothing personal.
 */
public record Applicant(boolean legalPerson, String identifier, String name, String phone,
        @Nullable String legalRepresentative) {

    /** The identifier as a page or a log may show it: an ID number masked, a company's credit code in full. */
    public String maskedIdentifier() {
        return legalPerson ? identifier : PersonalData.idNumber(identifier);
    }

    /** The name as a page may show it: a company's in full, a natural person's with the family name only. */
    public String maskedName() {
        return legalPerson ? name : PersonalData.name(name);
    }

    public String maskedPhone() {
        return PersonalData.phone(phone);
    }

    public String lastFourOfPhone() {
        return phone.length() >= 4 ? phone.substring(phone.length() - 4) : phone;
    }

    @Override
    public String toString() {
        return "Applicant[" + maskedIdentifier() + "]";
    }
}
