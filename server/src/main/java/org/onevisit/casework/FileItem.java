package org.onevisit.casework;

import java.util.List;

import org.onevisit.catalog.TimeLimit;

/**
 * An item of an accepted case at the catalog version it was accepted under, with what casework needs of it.
 *
 * @param jointDepartments the departments that review it besides its own (联办机构)
 */
public record FileItem(String code, int version, String name, String department, TimeLimit legalLimit,
        List<String> jointDepartments) {

    public FileItem {
        jointDepartments = List.copyOf(jointDepartments);
    }

    /** The item as {@code code@version}, as the catalog names a published version. */
    public String reference() {
        return code + "@" + version;
    }
}
