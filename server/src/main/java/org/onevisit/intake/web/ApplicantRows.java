package org.onevisit.intake.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.RoledApplicant;
import org.onevisit.people.CreditCode;
import org.onevisit.people.LegalRepresentative;
import org.onevisit.people.PhoneNumber;
import org.onevisit.people.ResidentIdNumber;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.Limits;
import org.springframework.context.MessageSource;

/**
 * The applicants beside the first as a form types them, one row each, where the item or bundle needs several (a house
 * sale's buyer and seller): the counter's new-case form and the portal's 一表申请 alike — the same fields
 * ({@code co_0_role}, {@code co_0_name} …), the same rows added and removed without script, and the same checks and
 * messages. The rule on the roles themselves (at least the declared number each, nobody twice) is the case's own
 * ({@code Parties.checkRoles}), checked when the case is created.
 *
 * @param role the role of the first applicant, blank where the subject names none
 * @param others the applicants beside the first
 */
record ApplicantRows(String role, List<Row> others) {

    /** The prefix of the fields of the applicants beside the first: {@code co_0_name}, {@code co_1_role} … */
    static final String PREFIX = "co_";

    /** The most applicants a form names beside the first. */
    static final int MAX_OTHERS = 19;

    /** The button that returns the form with one more row ({@code step=addApplicant}). */
    static final String ADD = "addApplicant";

    /** The button that returns the form without a row: its value is the row's index. */
    static final String REMOVE = "removeApplicant";

    /**
     * An applicant beside the first, as typed on a row of the form.
     *
     * @param role the key of the applicant's role (e.g. {@code seller})
     */
    record Row(String role, boolean legalPerson, String identifier, String name, String phone,
            String legalRepresentative) {

        static Row inRole(String role) {
            return new Row(role, false, "", "", "", "");
        }

        @Override
        public String toString() {
            return "Row[" + role + "]";
        }
    }

    ApplicantRows {
        role = role == null ? "" : role;
        others = List.copyOf(others);
    }

    /** The roles of the applicants the subject needs; none for one applicant or a subject not (yet) known. */
    static List<ApplicantRole> rolesOf(Intake intake, Catalog catalog, String subject) {
        if (subject.isBlank()) {
            return List.of();
        }
        try {
            return intake.applicantRolesOf(subject, WorkbenchChecklist.isBundle(catalog, subject));
        } catch (DomainException unknown) {
            return List.of();
        }
    }

    /** The names of the roles of a case's applicants by key, in the page's language; empty for one applicant. */
    static Map<String, String> roleNames(Intake intake, IntakeCase c, Locale locale) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        if (c.parties().coApplicants().isEmpty() && c.parties().applicantRole().isBlank()) {
            return names;
        }
        try {
            intake.applicantRolesOf(c.application().subject(), c.application().bundle())
                    .forEach(r -> names.put(r.key(), r.name(locale)));
        } catch (DomainException e) {
            // a retired item: the keys are shown
        }
        return names;
    }

    /** The rows as the form posted them. */
    static ApplicantRows of(Map<String, String> params) {
        List<Row> others = new ArrayList<>();
        for (int i = 0; i < MAX_OTHERS && params.containsKey(PREFIX + i + "_name"); i++) {
            String p = PREFIX + i + "_";
            others.add(new Row(text(params, p + "role"), "LEGAL".equals(params.get(p + "kind")),
                    text(params, p + "identifier"), text(params, p + "name"), text(params, p + "phone"),
                    text(params, p + "legalRepresentative")));
        }
        return new ApplicantRows(text(params, "role"), others);
    }

    /** Whether the form asked for a row more or less rather than to be sent: {@code step=addApplicant} or a removal. */
    static boolean rowStep(Map<String, String> params) {
        return ADD.equals(params.get("step")) || params.getOrDefault(REMOVE, "").strip().matches("\\d{1,2}");
    }

    /** The rows after the row step the form asked for ({@link #rowStep}). */
    ApplicantRows stepped(Map<String, String> params, List<ApplicantRole> roles) {
        return ADD.equals(params.get("step")) ? withRow(roles)
                : withoutRow(Integer.parseInt(params.getOrDefault(REMOVE, "").strip()));
    }

    /** One more row, in the first role not yet taken, if any. */
    ApplicantRows withRow(List<ApplicantRole> roles) {
        if (others.size() >= MAX_OTHERS) {
            return this;
        }
        List<Row> more = new ArrayList<>(others);
        more.add(Row.inRole(roles.stream().map(ApplicantRole::key).filter(k -> !k.equals(role)
                && others.stream().noneMatch(o -> o.role().equals(k))).findFirst()
                .orElse(roles.isEmpty() ? "" : roles.get(roles.size() - 1).key())));
        return new ApplicantRows(role, more);
    }

    /** Without the row {@code index}. */
    ApplicantRows withoutRow(int index) {
        if (index < 0 || index >= others.size()) {
            return this;
        }
        List<Row> fewer = new ArrayList<>(others);
        fewer.remove(index);
        return new ApplicantRows(role, fewer);
    }

    /**
     * A role for each applicant where the subject names roles, and a row for each role no applicant takes yet: the
     * house sale's form comes with the buyer first and a row for the seller. Without roles, none.
     */
    ApplicantRows withRoles(List<ApplicantRole> roles) {
        if (roles.isEmpty()) {
            return new ApplicantRows("", others.stream().map(o -> new Row("", o.legalPerson(), o.identifier(), o.name(),
                    o.phone(), o.legalRepresentative())).toList());
        }
        String first = roles.stream().anyMatch(r -> r.key().equals(role)) ? role : roles.get(0).key();
        List<Row> rows = new ArrayList<>(others);
        for (ApplicantRole r : roles) {
            long taken = (first.equals(r.key()) ? 1 : 0) + rows.stream().filter(o -> o.role().equals(r.key())).count();
            for (long n = taken; n < r.atLeast() && rows.size() < MAX_OTHERS; n++) {
                rows.add(Row.inRole(r.key()));
            }
        }
        return new ApplicantRows(first, rows);
    }

    /**
     * What is wrong on each row, by field name ({@code co_0_identifier} …), in the user's language: the ID number's or
     * credit code's checksum, the phone, the name; blank fields only when {@code all} (the form is being sent).
     */
    void problems(boolean all, Map<String, String> errors, MessageSource messages, Locale locale, Clock clock) {
        for (int i = 0; i < others.size(); i++) {
            Row o = others.get(i);
            String p = PREFIX + i + "_";
            if (all || !o.identifier().isBlank()) {
                (o.legalPerson() ? CreditCode.problem(o.identifier()) : ResidentIdNumber.problem(o.identifier(), clock))
                        .ifPresent(e -> errors.put(p + "identifier", DomainMessages.text(messages, e, locale)));
            }
            if (all && o.name().isBlank()) {
                errors.put(p + "name", messages.getMessage("intake.page.error.nameMissing", null, locale));
            }
            tooLong(p + "name", o.name(), errors, messages, locale);
            tooLong(p + "legalRepresentative", o.legalRepresentative(), errors, messages, locale);
            if (all || !o.phone().isBlank()) {
                PhoneNumber.problem(o.phone())
                        .ifPresent(e -> errors.put(p + "phone", DomainMessages.text(messages, e, locale)));
            }
            if (all) {
                LegalRepresentative.problem(o.legalPerson(), o.legalRepresentative())
                        .ifPresent(e -> errors.put(p + "legalRepresentative", DomainMessages.text(messages, e, locale)));
            }
        }
    }

    /** A field's text longer than a name may be, said beside it unless something else is said there already. */
    static void tooLong(String field, String text, Map<String, String> errors, MessageSource messages, Locale locale) {
        if (text.length() > Limits.NAME && !errors.containsKey(field)) {
            errors.put(field, messages.getMessage("limits.page.too-long", new Object[] {Limits.NAME}, locale));
        }
    }

    /** The rows as the case's applicants beside the first; only once {@link #problems} found nothing. */
    List<RoledApplicant> roled(Clock clock) {
        return others.stream().map(o -> new RoledApplicant(o.role(), new Applicant(o.legalPerson(),
                o.legalPerson() ? CreditCode.parse(o.identifier()).value()
                        : ResidentIdNumber.parse(o.identifier(), clock).value(),
                o.name(), PhoneNumber.parse(o.phone()).value(), o.legalPerson() ? o.legalRepresentative() : null)))
                .toList();
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null ? "" : value.strip();
    }
}
