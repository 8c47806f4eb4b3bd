package org.onevisit.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onevisit.catalog.ApplicantRole;
import org.onevisit.intake.MaterialStatus;

/**
 * The counter's new-case form as typed: the applicant (a person by ID number or a legal person by credit code),
 * an optional agent, the item or bundle and the status of each material by its key. The idempotency key is made
 * when the form is first shown and travels with it, so that a double click or a resubmission gives one case.
 *
 * @param legalPerson whether the applicant is a legal person (credit code) rather than a natural person
 * @param shownSubject the subject whose checklist the clerk has in front of them
 * @param role the role of the first applicant where the subject names roles (e.g. {@code buyer})
 * @param others the applicants beside the first, one row each, where the subject needs several
 * @param answers the answers to the fields of the subject's one form, by field key ({@link FormFieldInputs})
 */
record WorkbenchForm(boolean legalPerson, String identifier, String name, String phone, String legalRepresentative,
        String agentName, String agentIdNumber, String agentPhone, String q, String subject, String shownSubject,
        String idempotencyKey, Map<String, MaterialStatus> materials, String role, List<Row> others,
        Map<String, String> answers) {

    static final String MATERIAL_PREFIX = "material_";
    /** The prefix of the fields of the applicants beside the first: {@code co_0_name}, {@code co_1_role} … */
    static final String OTHER_PREFIX = "co_";

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

    WorkbenchForm {
        materials = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(materials));
        others = List.copyOf(others);
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    static WorkbenchForm empty() {
        return new WorkbenchForm(false, "", "", "", "", "", "", "", "", "", "", UUID.randomUUID().toString(), Map.of(),
                "", List.of(), Map.of());
    }

    static WorkbenchForm of(Map<String, String> params) {
        Map<String, MaterialStatus> materials = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(MATERIAL_PREFIX)) {
                status(value).ifPresent(s -> materials.put(name.substring(MATERIAL_PREFIX.length()), s));
            }
        });
        String key = text(params, "idempotencyKey");
        List<Row> others = new ArrayList<>();
        for (int i = 0; i < MAX_OTHERS && params.containsKey(OTHER_PREFIX + i + "_name"); i++) {
            String p = OTHER_PREFIX + i + "_";
            others.add(new Row(text(params, p + "role"), "LEGAL".equals(params.get(p + "kind")), text(params, p + "identifier"),
                    text(params, p + "name"), text(params, p + "phone"), text(params, p + "legalRepresentative")));
        }
        return new WorkbenchForm("LEGAL".equals(params.get("kind")), text(params, "identifier"), text(params, "name"),
                text(params, "phone"), text(params, "legalRepresentative"), text(params, "agentName"),
                text(params, "agentIdNumber"), text(params, "agentPhone"), text(params, "q"),
                text(params, "subject").toUpperCase(java.util.Locale.ROOT), text(params, "shownSubject"),
                key.matches("[0-9a-fA-F-]{36}") ? key : UUID.randomUUID().toString(), materials, text(params, "role"),
                others, FormFieldInputs.answers(params));
    }

    /** The most applicants a form names beside the first. */
    static final int MAX_OTHERS = 19;

    /** The form with one more applicant row, in the first role not yet taken, if any. */
    WorkbenchForm withRow(List<ApplicantRole> roles) {
        if (others.size() >= MAX_OTHERS) {
            return this;
        }
        List<Row> more = new ArrayList<>(others);
        more.add(Row.inRole(roles.stream().map(ApplicantRole::key).filter(k -> !k.equals(role)
                && others.stream().noneMatch(o -> o.role().equals(k))).findFirst()
                .orElse(roles.isEmpty() ? "" : roles.get(roles.size() - 1).key())));
        return with(role, more);
    }

    /** The form without the applicant row {@code index}. */
    WorkbenchForm withoutRow(int index) {
        if (index < 0 || index >= others.size()) {
            return this;
        }
        List<Row> fewer = new ArrayList<>(others);
        fewer.remove(index);
        return with(role, fewer);
    }

    /**
     * The form with a role for each applicant where the subject names roles, and a row for each role no applicant
     * takes yet: the house sale's form comes with the buyer first and a row for the seller.
     */
    WorkbenchForm withRoles(List<ApplicantRole> roles) {
        if (roles.isEmpty()) {
            return with("", others.stream().map(o -> new Row("", o.legalPerson(), o.identifier(), o.name(), o.phone(),
                    o.legalRepresentative())).toList());
        }
        String first = roles.stream().anyMatch(r -> r.key().equals(role)) ? role : roles.get(0).key();
        List<Row> rows = new ArrayList<>(others);
        for (ApplicantRole r : roles) {
            long taken = (first.equals(r.key()) ? 1 : 0) + rows.stream().filter(o -> o.role().equals(r.key())).count();
            for (long n = taken; n < r.atLeast() && rows.size() < MAX_OTHERS; n++) {
                rows.add(Row.inRole(r.key()));
            }
        }
        return with(first, rows);
    }

    private WorkbenchForm with(String nextRole, List<Row> nextOthers) {
        return new WorkbenchForm(legalPerson, identifier, name, phone, legalRepresentative, agentName, agentIdNumber,
                agentPhone, q, subject, shownSubject, idempotencyKey, materials, nextRole, nextOthers, answers);
    }

    /** The same form about another subject, its checklist not yet shown and its form's answers not yet given. */
    WorkbenchForm withSubject(String code) {
        return new WorkbenchForm(legalPerson, identifier, name, phone, legalRepresentative, agentName, agentIdNumber,
                agentPhone, q, code, shownSubject, idempotencyKey, Map.of(), role, others, Map.of());
    }

    WorkbenchForm shown(Map<String, MaterialStatus> statuses) {
        return new WorkbenchForm(legalPerson, identifier, name, phone, legalRepresentative, agentName, agentIdNumber,
                agentPhone, q, subject, subject, idempotencyKey, statuses, role, others, answers);
    }

    public boolean hasAgent() {
        return !(agentName.isBlank() && agentIdNumber.isBlank() && agentPhone.isBlank());
    }

    public boolean checklistShown() {
        return !subject.isBlank() && subject.equals(shownSubject);
    }

    /** The status chosen for a material; missing until the clerk says otherwise. */
    public MaterialStatus statusOf(String key) {
        return materials.getOrDefault(key, MaterialStatus.MISSING);
    }

    static java.util.Optional<MaterialStatus> status(String value) {
        try {
            MaterialStatus s = MaterialStatus.valueOf(value.strip());
            return s == MaterialStatus.PLEDGED ? java.util.Optional.empty() : java.util.Optional.of(s);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "WorkbenchForm[" + subject + "]";
    }
}
