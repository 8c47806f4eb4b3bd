package org.onevisit.supervision;

/**
 * The cases a complaint may name, which intake keeps: a complaint names a case only if it exists and, for an applicant,
 * only if it is one of their own. Intake provides it (it depends on this module, not the other way round).
 */
public interface ComplainedCases {

    /**
     * Whether the case exists and the person logged in under {@code login} may read it: staff any case, an applicant
     * their own; another applicant's case is answered exactly as one that does not exist.
     */
    boolean readableBy(String caseNumber, String login);
}
