package org.onevisit.casework;

import java.util.List;

/**
 * The phones of every applicant of an accepted case — a house sale's buyer and seller alike — for the text messages
 * about it. Casework keeps the first applicant only (the holder of its certificates); the module that received the case
 * knows them all and answers here.
 */
public interface CaseApplicants {

    /** Every applicant's phone, the first applicant's first, each once; empty when the case is not known. */
    List<String> phones(String caseNumber);
}
