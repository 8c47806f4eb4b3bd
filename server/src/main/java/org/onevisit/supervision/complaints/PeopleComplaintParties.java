package org.onevisit.supervision.complaints;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.OrganisationNames;
import org.onevisit.people.StaffRole;
import org.onevisit.supervision.ComplaintParties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who acts on complaints, as the accounts of record have them ({@link Actors}): a member of staff with the roles that
 * take part in complaints and their department, an applicant with their account's name and phone for the notices;
 * the departments by the catalog's names.
 */
@Component
class PeopleComplaintParties implements ComplaintParties {

    private final Actors actors;
    private final ApplicantAccounts applicants;
    private final OrganisationNames names;

    PeopleComplaintParties(Actors actors, ApplicantAccounts applicants, ObjectProvider<OrganisationNames> names) {
        this.actors = actors;
        this.applicants = applicants;
        this.names = names.getIfAvailable(() -> OrganisationNames.NONE);
    }

    @Override
    public Party of(String login) {
        Actor actor = actors.of(login);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (actor.holds(StaffRole.valueOf(role.name()))) {
                roles.add(role);
            }
        }
        Kind kind = switch (actor.kind()) {
            case STAFF -> Kind.STAFF;
            case APPLICANT -> Kind.APPLICANT;
            case UNKNOWN -> Kind.UNKNOWN;
        };
        return new Party(actor.name(), kind, roles, actor.department());
    }

    @Override
    public Optional<Contact> contactOf(String account) {
        return applicants.identity(account).map(identity -> new Contact(identity.name(), identity.phone()));
    }

    @Override
    public List<Department> departments(Locale locale) {
        return names.departments(locale).stream().map(d -> new Department(d.code(), d.name())).toList();
    }

    @Override
    public Optional<String> departmentName(String code, Locale locale) {
        return names.departmentName(code, locale);
    }
}
