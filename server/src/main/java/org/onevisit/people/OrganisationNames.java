package org.onevisit.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names of departments and service items, which the catalog keeps: the administrators' pages of staff and
 * delegations show and offer them by name, never by code. The catalog provides it (it depends on this module, not the
 * other way round).
 */
public interface OrganisationNames {

    /**
     * What the pages fall back to where no catalog is present (the people module started alone in its tests): no
     * departments or items to choose, and no names.
     */
    OrganisationNames NONE = new OrganisationNames() {
        @Override
        public List<Choice> departments(Locale locale) {
            return List.of();
        }

        @Override
        public Optional<String> departmentName(String code, Locale locale) {
            return Optional.empty();
        }

        @Override
        public List<Choice> items(String departmentCode, Locale locale) {
            return List.of();
        }

        @Override
        public Optional<String> itemName(String code, Locale locale) {
            return Optional.empty();
        }
    };

    /** A department or an item to choose, by its code, as the user reads it. */
    record Choice(String code, String name) {
    }

    /** Every department, in the catalog's order. */
    List<Choice> departments(Locale locale);

    /** The department's name, if the catalog has it. */
    Optional<String> departmentName(String code, Locale locale);

    /** The items a department handles (not retired), in the catalog's order. */
    List<Choice> items(String departmentCode, Locale locale);

    /** The item's name, if the catalog has it. */
    Optional<String> itemName(String code, Locale locale);

    /**
     * The hall's counters (窗口), by number, each with its name (e.g. {@code A01}, 综合受理窗口（企业开办与经营）), in the
     * order of their numbers: what a member of staff may sit at. None where no catalog is present.
     */
    default List<Choice> counters(Locale locale) {
        return List.of();
    }
}
