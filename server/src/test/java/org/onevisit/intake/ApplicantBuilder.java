package org.onevisit.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.TestIdentities;

/**
 * An applicant for a test, with a made-up, checksum-valid identifier no other test uses:
 * {@code aPerson().named("周九")} or {@code aCompany().named("示例科技有限公司").representedBy("吴十")}.
 */
public final class ApplicantBuilder {

    private final boolean legalPerson;
    private String identifier;
    private String name;
    private String phone = "13800001234";
    private @Nullable String legalRepresentative;

    private ApplicantBuilder(boolean legalPerson, String identifier, String name, @Nullable String legalRepresentative) {
        this.legalPerson = legalPerson;
        this.identifier = identifier;
        this.name = name;
        this.legalRepresentative = legalRepresentative;
    }

    /** A natural person (自然人) by a resident ID number. */
    public static ApplicantBuilder aPerson() {
        return new ApplicantBuilder(false, TestIdentities.aResidentIdNumber(), "张三", null);
    }

    /** A company (法人) by a credit code, with its legal representative. */
    public static ApplicantBuilder aCompany() {
        return new ApplicantBuilder(true, TestIdentities.aCreditCode(), "示例科技有限公司", "李四");
    }

    public ApplicantBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** The resident ID number of a person, the credit code of a company. */
    public ApplicantBuilder identifiedBy(String identifier) {
        this.identifier = identifier;
        return this;
    }

    public ApplicantBuilder withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    public ApplicantBuilder representedBy(@Nullable String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
        return this;
    }

    public Applicant build() {
        return new Applicant(legalPerson, identifier, name, phone, legalRepresentative);
    }

    /** An applicant as the API's submission takes it. */
    static Map<String, Object> request(Applicant applicant) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", applicant.legalPerson() ? ApplicantKind.LEGAL_PERSON : ApplicantKind.NATURAL_PERSON);
        request.put(applicant.legalPerson() ? "creditCode" : "idNumber", applicant.identifier());
        request.put("name", applicant.name());
        request.put("phone", applicant.phone());
        if (applicant.legalRepresentative() != null) {
            request.put("legalRepresentative", applicant.legalRepresentative());
        }
        return request;
    }
}
