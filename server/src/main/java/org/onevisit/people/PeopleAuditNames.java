package org.onevisit.people;

import java.util.Locale;
import java.util.Optional;

import org.onevisit.audit.AuditNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names the audit page shows: a member of staff by name, an applicant as "applicant" (never their name or number
 * on the trail's page), departments and items by the catalog's names.
 */
@Component
class PeopleAuditNames implements AuditNames {

    private final StaffMembers staff;
    private final OrganisationNames names;
    private final MessageSource messages;

    PeopleAuditNames(StaffMembers staff, ObjectProvider<OrganisationNames> names, MessageSource messages) {
        this.staff = staff;
        this.names = names.getIfAvailable(() -> OrganisationNames.NONE);
        this.messages = messages;
    }

    @Override
    public Optional<String> actor(String actor, Locale locale) {
        if (actor.startsWith(ApplicantAccounts.PRINCIPAL_PREFIX)) {
            return Optional.of(messages.getMessage("supervision.audit.actor.applicant", null, actor, locale));
        }
        return staff.find(actor).map(StaffMember::displayName);
    }

    @Override
    public Optional<String> value(String field, String value, Locale locale) {
        return switch (field) {
            case "department", "departmentCode", "leadDepartment" -> names.departmentName(value, locale);
            case "item", "itemCode" -> names.itemName(value, locale);
            default -> Optional.empty();
        };
    }
}
