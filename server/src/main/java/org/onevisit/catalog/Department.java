package org.onevisit.catalog;

import java.util.List;
import java.util.Locale;

/**
 * A government department (部门) or a partner organisation (合作单位: bank, utility, bus company, traffic
 * police) that handles items, with its unified social credit code and its counters in the centre.
 */
public record Department(String code, String name, String nameEn, DepartmentKind kind, Sector sector,
        String creditCode, String phone, List<Counter> counters) {

    public Department {
        counters = List.copyOf(counters);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }
}
