package org.onevisit.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content of one version of a service item: the implementation-list fields (实施清单要素) a centre
 * publishes in its guide (办事指南). Two details are equal when nothing a citizen could see differs.
 *
 * @param deemedConsent whether a department that lets its review deadline pass is deemed to consent (超时默认)
 * @param applicantRoles the roles of the applicants a case needs, e.g. buyer and seller; none for one applicant
 * @param formFields the fields of the item's application form (申请表), answered once per case
 */
public record ItemDetails(String name, String nameEn, ItemType type, String department, List<String> jointDepartments,
        ServedParty servedParty, Set<LifeEvent> lifeEvents, TimeLimit legalLimit, TimeLimit promisedLimit,
        boolean limitsIllustrative, int requiredVisits, String visitsReason, Set<OnlineDepth> onlineDepth,
        boolean expressAllowed, List<Fee> fees, String legalBasis, String acceptanceConditions,
        List<SpecialProcedure> specialProcedures, DeemedConsent deemedConsent, ResultType resultType, String resultName,
        List<Material> materials, List<ApplicantRole> applicantRoles, List<FormField> formFields) {

    /** Details of an item whose application form has no fields of its own. */
    public ItemDetails(String name, String nameEn, ItemType type, String department, List<String> jointDepartments,
            ServedParty servedParty, Set<LifeEvent> lifeEvents, TimeLimit legalLimit, TimeLimit promisedLimit,
            boolean limitsIllustrative, int requiredVisits, String visitsReason, Set<OnlineDepth> onlineDepth,
            boolean expressAllowed, List<Fee> fees, String legalBasis, String acceptanceConditions,
            List<SpecialProcedure> specialProcedures, DeemedConsent deemedConsent, ResultType resultType, String resultName,
            List<Material> materials, List<ApplicantRole> applicantRoles) {
        this(name, nameEn, type, department, jointDepartments, servedParty, lifeEvents, legalLimit, promisedLimit,
                limitsIllustrative, requiredVisits, visitsReason, onlineDepth, expressAllowed, fees, legalBasis,
                acceptanceConditions, specialProcedures, deemedConsent, resultType, resultName, materials, applicantRoles,
                List.of());
    }

    /** Details of an item that takes one applicant. */
    public ItemDetails(String name, String nameEn, ItemType type, String department, List<String> jointDepartments,
            ServedParty servedParty, Set<LifeEvent> lifeEvents, TimeLimit legalLimit, TimeLimit promisedLimit,
            boolean limitsIllustrative, int requiredVisits, String visitsReason, Set<OnlineDepth> onlineDepth,
            boolean expressAllowed, List<Fee> fees, String legalBasis, String acceptanceConditions,
            List<SpecialProcedure> specialProcedures, DeemedConsent deemedConsent, ResultType resultType, String resultName,
            List<Material> materials) {
        this(name, nameEn, type, department, jointDepartments, servedParty, lifeEvents, legalLimit, promisedLimit,
                limitsIllustrative, requiredVisits, visitsReason, onlineDepth, expressAllowed, fees, legalBasis,
                acceptanceConditions, specialProcedures, deemedConsent, resultType, resultName, materials, List.of());
    }

    public ItemDetails {
        applicantRoles = applicantRoles == null ? List.of() : List.copyOf(applicantRoles);
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
        jointDepartments = List.copyOf(jointDepartments);
        lifeEvents = Collections.unmodifiableSortedSet(new TreeSet<>(lifeEvents));
        onlineDepth = Collections.unmodifiableSortedSet(new TreeSet<>(onlineDepth));
        fees = List.copyOf(fees);
        specialProcedures = List.copyOf(specialProcedures);
        materials = List.copyOf(materials);
    }

    /** 即办件: decided at the counter in the same visit; otherwise a 承诺件 with a promised limit. */
    public boolean instant() {
        return promisedLimit.instant();
    }

    public boolean free() {
        return fees.isEmpty();
    }

    /** The departments that review every case of this item: the implementing one first, then joint ones. */
    public List<String> reviewingDepartments() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(department), jointDepartments.stream())
                .distinct().toList();
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }
}
