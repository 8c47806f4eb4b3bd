package org.onevisit.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The story of a certificate: issued once the decision commits, once only, verified, revoked, expired, and
 * reused by a later case of the same holder. The database is shared: every test has its own case and holder.
 */
@SpringBootTest
class CertificateIssuingTests {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CertificateIssuing issuing;

    @Autowired
    CertificateRegister register;

    @Autowired
    CertificateVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    private final String caseNumber = Decisions.uniqueCaseNumber();
    private final String creditCode = Decisions.uniqueCreditCode();

    @Test
    void an_approved_licence_issues_a_signed_certificate() throws Exception {
        Approval decided = Decisions.businessLicence(caseNumber, creditCode);
        transactions.executeWithoutResult(tx -> register.issue(decided));

        Certificate certificate = issuedCertificate(caseNumber, "XK-SCJG-001");
        CertificateContent c = certificate.content();
        assertThat(c.number()).matches("SCJG-2026-\\d{6}");
        assertThat(c.type()).isEqualTo("营业执照");
        assertThat(c.holderName()).isEqualTo("示例市云帆科技有限公司");
        assertThat(c.holderIdentifier()).isEqualTo(creditCode);
        assertThat(c.holderLegalPerson()).isTrue();
        assertThat(c.issuedOn()).isEqualTo(Decisions.DECIDED_ON);
        assertThat(c.longTerm()).isTrue();
        assertThat(verifier.verify(c, certificate.code()).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(verifier.check(c.number()).holder()).isEqualTo("示例市云帆科技有限公司");
    }

    @Test
    void a_decision_issued_again_is_refused_and_takes_no_number() throws Exception {
        Approval decided = Decisions.businessLicence(caseNumber, creditCode);
        transactions.executeWithoutResult(tx -> register.issue(decided));
        Certificate first = issuedCertificate(caseNumber, "XK-SCJG-001");

        assertThatThrownBy(() -> issuing.issue(decided)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("certificate-issued-already"));
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> register.issue(decided)))
                .isInstanceOf(DomainException.class);
        assertNoIncompletePublications();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM certificate WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isEqualTo(1);

        // the refused attempts rolled their numbers back: the department's next certificate follows the first
        String otherCase = Decisions.uniqueCaseNumber();
        transactions.executeWithoutResult(tx -> register.issue(Decisions.businessLicence(otherCase, creditCode)));
        assertThat(sequence(issuedCertificate(otherCase, "XK-SCJG-001"))).isEqualTo(sequence(first) + 1);
    }

    private static long sequence(Certificate certificate) {
        String number = certificate.content().number();
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void a_result_that_is_not_a_licence_issues_nothing() {
        Approval licence = Decisions.businessLicence(caseNumber, creditCode);

        assertThat(issuing.issue(Decisions.withResultType(licence, "APPROVAL_DOCUMENT"))).isEmpty();
        assertThat(register.issuedFor(caseNumber, "XK-SCJG-001")).isEmpty();
    }

    @Test
    void a_natural_person_is_shown_masked() {
        Certificate certificate = issuing.issue(Decisions.licence(caseNumber, "XK-WSJ-003", "公共场所卫生许可证",
                "110105199001011234", "张三丰", false, LocalDate.of(2030, 10, 11))).orElseThrow();

        Verification verification = verifier.check(certificate.number());
        assertThat(verification.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(verification.holder()).isEqualTo("张**");
        assertThat(verification.holderIdentifier()).isEqualTo("110105********1234");
    }

    @Test
    void a_revoked_certificate_verifies_as_revoked_with_its_reason_and_is_no_longer_held() {
        Certificate certificate = issuing.issue(Decisions.businessLicence(caseNumber, creditCode)).orElseThrow();

        register.revoke(certificate.number(), "许可决定被依法撤销", "scjg-chief");

        Verification verification = verifier.verify(certificate.content(), certificate.code());
        assertThat(verification.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(verification.revocationReason()).isEqualTo("许可决定被依法撤销");
        assertThat(verification.revokedOn()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(register.find(certificate.number()).orElseThrow().revocation().revokedBy()).isEqualTo("scjg-chief");
        assertThat(register.validFor(creditCode, LocalDate.of(2026, 10, 19))).isEmpty();
    }

    @Test
    void a_certificate_past_its_last_day_verifies_as_expired() {
        // the clock of the tests stands at 19 October 2026
        Certificate certificate = issuing.issue(Decisions.licence(caseNumber, "XK-SCJG-002", "食品经营许可证", creditCode,
                "示例市云帆科技有限公司", true, LocalDate.of(2026, 10, 18))).orElseThrow();
        Certificate lastDayToday = issuing.issue(Decisions.licence(caseNumber, "XK-SCJG-003", "食品经营许可证", creditCode,
                "示例市云帆科技有限公司", true, LocalDate.of(2026, 10, 19))).orElseThrow();

        assertThat(verifier.check(certificate.number()).status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(verifier.check(certificate.number(), certificate.code()).status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(verifier.check(lastDayToday.number()).status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void an_unknown_number_or_a_made_up_code_is_found_out() {
        Certificate certificate = issuing.issue(Decisions.businessLicence(caseNumber, creditCode)).orElseThrow();

        assertThat(verifier.check("SCJG-1999-999999").status()).isEqualTo(CertificateStatus.UNKNOWN);
        // one character of the code changed (a code that begins with "A" gets a "B": otherwise it would stay the same)
        String altered = (certificate.code().startsWith("A") ? "B" : "A") + certificate.code().substring(1);
        assertThat(verifier.check(certificate.number(), altered).status()).isEqualTo(CertificateStatus.FORGED);
        assertThat(verifier.check(certificate.number(), "made-up").status()).isEqualTo(CertificateStatus.FORGED);
        assertThat(verifier.verify(CertificateVerifier.qrData(certificate)).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(verifier.verify("bm90IGEgY2VydGlmaWNhdGU.abc").status()).isEqualTo(CertificateStatus.FORGED);
    }

    @Test
    void a_row_altered_in_the_database_no_longer_verifies() {
        Certificate certificate = issuing.issue(Decisions.businessLicence(caseNumber, creditCode)).orElseThrow();

        jdbc.sql("UPDATE certificate SET valid_until = ? WHERE number = ?").params(LocalDate.of(2099, 1, 1),
                certificate.number()).update();

        assertThat(verifier.check(certificate.number()).status()).isEqualTo(CertificateStatus.FORGED);
    }

    @Test
    void a_later_case_finds_only_the_valid_unrevoked_certificates_of_the_same_holder_and_counts_the_reuse() {
        LocalDate today = LocalDate.of(2026, 10, 19);
        Certificate revoked = issuing.issue(Decisions.licence(caseNumber, "XK-1", "食品经营许可证", creditCode,
                "示例市云帆科技有限公司", true, LocalDate.of(2031, 1, 1))).orElseThrow();
        register.revoke(revoked.number(), "申请人申请注销", "scjg-chief");
        issuing.issue(Decisions.licence(caseNumber, "XK-2", "食品经营许可证", creditCode, "示例市云帆科技有限公司", true,
                LocalDate.of(2026, 10, 1))).orElseThrow();
        Certificate valid = issuing.issue(Decisions.licence(caseNumber, "XK-3", "食品经营许可证", creditCode,
                "示例市云帆科技有限公司", true, LocalDate.of(2031, 1, 1))).orElseThrow();
        Certificate licence = issuing.issue(Decisions.licence(caseNumber, "XK-4", "营业执照", creditCode,
                "示例市云帆科技有限公司", true, null)).orElseThrow();
        issuing.issue(Decisions.licence(Decisions.uniqueCaseNumber(), "XK-5", "食品经营许可证",
                Decisions.uniqueCreditCode(), "另一家公司", true, null)).orElseThrow();

        assertThat(register.heldOfType(creditCode, "食品经营许可证", today)).map(HeldCertificate::number)
                .contains(valid.number());
        assertThat(register.heldOfType(creditCode, "卫生许可证", today)).isEmpty();
        assertThat(register.validFor(creditCode, today)).extracting(HeldCertificate::number)
                .containsExactlyInAnyOrder(valid.number(), licence.number());

        long before = register.reuseCount();
        String laterCase = Decisions.uniqueCaseNumber();
        register.recordReuse(valid.number(), laterCase);
        register.recordReuse(valid.number(), laterCase);
        register.recordReuse(licence.number(), laterCase);
        assertThat(register.reuseCount()).isEqualTo(before + 2);
    }

    /** The certificate issued in the transaction that published the decision. */
    private Certificate issuedCertificate(String caseNumber, String itemCode) {
        return register.issuedFor(caseNumber, itemCode)
                .orElseThrow(() -> new AssertionError("No certificate was issued for " + caseNumber));
    }

    private void assertNoIncompletePublications() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%" + caseNumber + "%").query(Long.class).single()).isZero();
    }
}
