package org.onevisit.evaluation.web;

import java.util.List;
import java.util.Locale;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.onevisit.catalog.HallCounter;
import org.onevisit.catalog.HallOrganisation;
import org.springframework.stereotype.Component;

/**
 * The departments' names in the reader's language and the hall's counters' names, read once a page; a code or number
 * the catalog no longer has is shown as it is.
 */
@Component
class DepartmentNames {

    private final Catalog catalog;
    private final HallOrganisation hall;

    DepartmentNames(Catalog catalog, HallOrganisation hall) {
        this.catalog = catalog;
        this.hall = hall;
    }

    /** The names of every department and counter, for one page. */
    Named of(Locale locale) {
        return new Named(catalog.departments(), hall.counters(), locale);
    }

    /** The departments and counters as one page reads them. */
    record Named(List<Department> departments, List<HallCounter> counters, Locale locale) {

        /** A counter as the page names it: its number and name ({@code A01 综合受理窗口}). */
        String counter(String number) {
            return counters.stream().filter(c -> c.number().equals(number)).map(c -> c.number() + " " + c.name())
                    .findFirst().orElse(number);
        }

        String name(String code) {
            return departments.stream().filter(d -> d.code().equals(code)).map(d -> d.name(locale)).findFirst()
                    .orElse(code);
        }
    }
}
