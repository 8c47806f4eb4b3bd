package org.onevisit.casework;

import org.onevisit.platform.PersonalData;

/**
 * The applicant of an accepted case as casework needs them: the holder of the certificates the case issues, and the
 * phone its notices go to. {@link #toString()} shows nothing personal.
 *
 * @param identifier the resident ID number or unified social credit code
 */
public record Holder(boolean legalPerson, String identifier, String name, String phone) {

    /** The identifier as a page may show it: an ID number masked, a company's credit code in full. */
    public String maskedIdentifier() {
        return legalPerson ? identifier : PersonalData.idNumber(identifier);
    }

    /** The name as a page may show it: a company's in full, a natural person's with the family name only. */
    public String maskedName() {
        return legalPerson ? name : PersonalData.name(name);
    }

    @Override
    public String toString() {
        return "Holder[" + maskedIdentifier() + "]";
    }
}
