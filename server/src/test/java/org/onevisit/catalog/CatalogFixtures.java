package org.onevisit.catalog;

import java.util.List;
import java.util.Set;

/** Sensible catalog entries for tests, changed one field at a time with the withers. */
public final class CatalogFixtures {

    /** Checksum-valid credit codes (GB 32100) that belong to no real body used in tests. */
    public static final String CREDIT_CODE_A = "91350100M000100Y43";
    public static final String CREDIT_CODE_B = "11100000000013127D";

    private CatalogFixtures() {
    }

    public static Department aDepartment(String code, String creditCode, String counter) {
        return new Department(code, "测试局 " + code, "Test bureau " + code, DepartmentKind.DEPARTMENT, Sector.OTHER_DEPARTMENT,
                creditCode, "0570-0000000", List.of(new Counter(counter, "测试窗口 " + counter)));
    }

    public static Material aMaterial(String name, Necessity necessity) {
        return new Material(name, necessity, MaterialForm.PAPER, CopyKind.ORIGINAL, 1, 0, MaterialSource.APPLICANT, "", "");
    }

    public static ItemDetails anItem(String name, String department) {
        return new ItemDetails(name, "", ItemType.ADMINISTRATIVE_LICENCE, department, List.of(), ServedParty.LEGAL_PERSON,
                Set.of(LifeEvent.BUSINESS_START), TimeLimit.workingDays(20), TimeLimit.workingDays(5), true, 0, "",
                Set.of(OnlineDepth.CONSULT, OnlineDepth.SUBMIT), true, List.of(), "《测试条例》", "", List.of(),
                DeemedConsent.REGIONAL_DEFAULT, ResultType.LICENCE, "许可证", List.of(aMaterial("申请书", Necessity.REQUIRED),
                        aMaterial("委托书", Necessity.DEFERRABLE)));
    }

    public static ItemDetails withLimits(ItemDetails d, TimeLimit legal, TimeLimit promised) {
        return new ItemDetails(d.name(), d.nameEn(), d.type(), d.department(), d.jointDepartments(), d.servedParty(),
                d.lifeEvents(), legal, promised, d.limitsIllustrative(), d.requiredVisits(), d.visitsReason(), d.onlineDepth(),
                d.expressAllowed(), d.fees(), d.legalBasis(), d.acceptanceConditions(), d.specialProcedures(),
                d.deemedConsent(), d.resultType(), d.resultName(), d.materials());
    }

    public static ItemDetails withType(ItemDetails d, ItemType type) {
        return new ItemDetails(d.name(), d.nameEn(), type, d.department(), d.jointDepartments(), d.servedParty(),
                d.lifeEvents(), d.legalLimit(), d.promisedLimit(), d.limitsIllustrative(), d.requiredVisits(),
                d.visitsReason(), d.onlineDepth(), d.expressAllowed(), d.fees(), d.legalBasis(), d.acceptanceConditions(),
                d.specialProcedures(), d.deemedConsent(), d.resultType(), d.resultName(), d.materials());
    }

    /** The item with these fields in its application form and these materials. */
    public static ItemDetails withForm(ItemDetails d, List<Material> materials, List<FormField> fields) {
        return new ItemDetails(d.name(), d.nameEn(), d.type(), d.department(), d.jointDepartments(), d.servedParty(),
                d.lifeEvents(), d.legalLimit(), d.promisedLimit(), d.limitsIllustrative(), d.requiredVisits(),
                d.visitsReason(), d.onlineDepth(), d.expressAllowed(), d.fees(), d.legalBasis(), d.acceptanceConditions(),
                d.specialProcedures(), d.deemedConsent(), d.resultType(), d.resultName(), materials, d.applicantRoles(),
                fields);
    }

    /** A text field of a form, optional, with no limits. */
    public static FormField aTextField(String key, String label) {
        return new FormField(key, label, "", FieldType.TEXT, false, FieldLimits.NONE, List.of(), "", "");
    }

    public static Stage aStage(String key, List<String> items, String... after) {
        return new Stage(key, "阶段 " + key, items, List.of(after), JointMode.NONE);
    }
}
