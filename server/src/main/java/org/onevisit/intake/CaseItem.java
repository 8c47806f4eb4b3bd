package org.onevisit.intake;

import java.util.List;

import org.onevisit.catalog.TimeLimit;

/**
 * An item of a case at the version the case was received under, with what intake needs of it.
 *
 * @param jointDepartments the departments that review it besides its own (联办机构)
 */
public record CaseItem(String code, int version, String name, String department, TimeLimit promisedLimit,
        TimeLimit legalLimit, List<String> jointDepartments) {

    public CaseItem {
        // cases stored before the field existed read it as absent
        jointDepartments = jointDepartments == null ? List.of() : List.copyOf(jointDepartments);
    }

    public boolean instant() {
        return promisedLimit.instant();
    }
}
