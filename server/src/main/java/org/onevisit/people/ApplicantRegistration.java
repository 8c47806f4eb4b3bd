package org.onevisit.people;

import org.jspecify.annotations.Nullable;

/**
 * What an applicant types to open an account.
 *
 * @param identifier the resident ID number of a natural person or the credit code of a legal person
 * @param legalRepresentative the legal representative's name, required for a legal person
 */
public record ApplicantRegistration(ApplicantKind kind, String identifier, String name, String phone,
        @Nullable String legalRepresentative, String password) {

    /** A registration from a form or request that has a field for each kind of identifier. */
    public static ApplicantRegistration of(ApplicantKind kind, @Nullable String idNumber, @Nullable String creditCode,
            String name, String phone, @Nullable String legalRepresentative, String password) {
        String identifier = kind == ApplicantKind.NATURAL_PERSON ? idNumber : creditCode;
        return new ApplicantRegistration(kind, identifier == null ? "" : identifier, name, phone, legalRepresentative,
                password);
    }

    /** The field of a form or request that holds the identifier of this kind of applicant. */
    public String identifierField() {
        return kind == ApplicantKind.NATURAL_PERSON ? "idNumber" : "creditCode";
    }

    @Override
    public String toString() {
        return "ApplicantRegistration[" + kind + "]";
    }
}
