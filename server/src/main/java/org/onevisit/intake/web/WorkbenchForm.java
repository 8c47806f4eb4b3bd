package org.onevisit.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        String idempotencyKey, Map<String, MaterialStatus> materials, String role, List<ApplicantRows.Row> others,
        Map<String, String> answers) {

    static final String MATERIAL_PREFIX = "material_";

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
        ApplicantRows rows = ApplicantRows.of(params);
        return new WorkbenchForm("LEGAL".equals(params.get("kind")), text(params, "identifier"), text(params, "name"),
                text(params, "phone"), text(params, "legalRepresentative"), text(params, "agentName"),
                text(params, "agentIdNumber"), text(params, "agentPhone"), text(params, "q"),
                text(params, "subject").toUpperCase(java.util.Locale.ROOT), text(params, "shownSubject"),
                key.matches("[0-9a-fA-F-]{36}") ? key : UUID.randomUUID().toString(), materials, rows.role(),
                rows.others(), FormFieldInputs.answers(params));
    }

    /** The applicants beside the first, with the first one's role. */
    ApplicantRows applicants() {
        return new ApplicantRows(role, others);
    }

    /** The form with its applicant rows as {@code next}. */
    WorkbenchForm with(ApplicantRows next) {
        return with(next.role(), next.others());
    }

    private WorkbenchForm with(String nextRole, List<ApplicantRows.Row> nextOthers) {
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
