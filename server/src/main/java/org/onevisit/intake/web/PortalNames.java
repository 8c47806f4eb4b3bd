package org.onevisit.intake.web;

import java.util.Locale;

import org.onevisit.catalog.Catalog;
import org.onevisit.intake.IntakeCase;
import org.onevisit.platform.DomainException;
import org.springframework.stereotype.Component;

/** Names instead of codes on the applicant's pages and answers: departments and items, in the reader's language. */
@Component
class PortalNames {

    private final Catalog catalog;

    PortalNames(Catalog catalog) {
        this.catalog = catalog;
    }

    String department(String code, Locale locale) {
        return catalog.department(code).map(d -> d.name(locale)).orElse(code);
    }

    /** The item of the case under the version it was applied for, as the catalog names it. */
    String item(IntakeCase c, String itemCode, Locale locale) {
        return c.application().items().stream().filter(i -> i.code().equals(itemCode)).findFirst()
                .map(i -> {
                    try {
                        return catalog.item(i.code(), i.version()).details().name(locale);
                    } catch (DomainException unknown) {
                        return i.name();
                    }
                }).orElse(itemCode);
    }
}
