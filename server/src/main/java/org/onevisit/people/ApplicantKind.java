package org.onevisit.people;

/** Who applies: a natural person (自然人) or a legal person (法人) or other organisation. */
public enum ApplicantKind {
    /** Identified by the resident ID number. */
    NATURAL_PERSON,
    /** Identified by the unified social credit code; acts through its legal representative. */
    LEGAL_PERSON
}
