package org.onevisit.intake;

import org.onevisit.catalog.TimeLimit;

/** An item of a case at the version the case was received under, with what intake needs of it. */
public record CaseItem(String code, int version, String name, String department, TimeLimit promisedLimit,
        TimeLimit legalLimit) {

    public boolean instant() {
        return promisedLimit.instant();
    }
}
