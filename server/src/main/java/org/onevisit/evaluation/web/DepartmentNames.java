package org.onevisit.evaluation.web;

import java.util.List;
import java.util.Locale;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.springframework.stereotype.Component;

/** The departments' names in the reader's language, read once a page; a code the catalog no longer has is shown as it is. */
@Component
class DepartmentNames {

    private final Catalog catalog;

    DepartmentNames(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The names of every department, for one page. */
    Named of(Locale locale) {
        return new Named(catalog.departments(), locale);
    }

    /** The departments as one page reads them. */
    record Named(List<Department> departments, Locale locale) {

        String name(String code) {
            return departments.stream().filter(d -> d.code().equals(code)).map(d -> d.name(locale)).findFirst()
                    .orElse(code);
        }
    }
}
