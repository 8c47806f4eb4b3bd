package org.onevisit.intake;

/**
 * An applicant of a case beside the first, in the role the item or bundle names for them, e.g. the seller (卖方) of a
 * house sale whose buyer (买方) is the case's first applicant.
 *
 * @param role the key of the role, as the catalog declares it
 */
public record RoledApplicant(String role, Applicant applicant) {

    public RoledApplicant {
        role = role == null ? "" : role;
    }

    @Override
    public String toString() {
        return "RoledApplicant[" + role + ", " + applicant + "]";
    }
}
