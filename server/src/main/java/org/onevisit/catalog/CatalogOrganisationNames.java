package org.onevisit.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onevisit.people.OrganisationNames;
import org.onevisit.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * The catalog's names of departments, items and the hall's counters, for the administrators' pages of staff and
 * delegations and the counter a member of staff sits at.
 */
@Component
class CatalogOrganisationNames implements OrganisationNames {

    private final Catalog catalog;
    private final HallOrganisation hall;

    CatalogOrganisationNames(Catalog catalog, HallOrganisation hall) {
        this.catalog = catalog;
        this.hall = hall;
    }

    @Override
    public List<Choice> counters(Locale locale) {
        return hall.counters().stream().map(c -> new Choice(c.number(), c.name())).toList();
    }

    @Override
    public List<Choice> departments(Locale locale) {
        return catalog.departments().stream().map(d -> new Choice(d.code(), d.name(locale))).toList();
    }

    @Override
    public Optional<String> departmentName(String code, Locale locale) {
        return catalog.department(code).map(d -> d.name(locale));
    }

    @Override
    public List<Choice> items(String departmentCode, Locale locale) {
        return catalog.search(new ItemQuery("", departmentCode, null, null, false, 0, 500)).items().stream()
                .filter(i -> i.department().equals(departmentCode))
                .map(i -> new Choice(i.code().value(), i.name(locale))).toList();
    }

    @Override
    public Optional<String> itemName(String code, Locale locale) {
        try {
            return Optional.of(catalog.item(code).details().name(locale));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
