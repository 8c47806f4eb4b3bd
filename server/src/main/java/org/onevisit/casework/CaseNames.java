package org.onevisit.casework;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.onevisit.people.StaffAccounts;
import org.springframework.stereotype.Component;

/**
 * The names casework shows people and puts in its documents instead of codes and login names: a department's name in
 * the reader's language (the catalog's English name in English), an official's display name. A code the catalog does
 * not know, or a login without an account, is shown as it is rather than hidden.
 */
@Component
public class CaseNames {

    /** The actor of record of what the timers do (deemed consent). */
    static final String SYSTEM = "system";

    private final Catalog catalog;
    private final StaffAccounts staff;

    CaseNames(Catalog catalog, StaffAccounts staff) {
        this.catalog = catalog;
        this.staff = staff;
    }

    /** The department's name in {@code locale}. */
    public String department(String code, Locale locale) {
        return catalog.department(code).map(d -> d.name(locale)).orElse(code);
    }

    /** The department's Chinese name, as documents print it. */
    public String department(String code) {
        return catalog.department(code).map(Department::name).orElse(code);
    }

    /** The item's name in {@code locale} at the version the case was accepted under (the catalog's English name in English). */
    public String item(FileItem item, Locale locale) {
        if (!"en".equals(locale.getLanguage())) {
            return item.name();
        }
        try {
            return catalog.published(item.code(), item.version()).name(locale);
        } catch (RuntimeException e) {
            return item.name();
        }
    }

    /** The official's display name; empty for nobody. */
    public String official(@Nullable String username) {
        return staff.officialName(username);
    }
}
