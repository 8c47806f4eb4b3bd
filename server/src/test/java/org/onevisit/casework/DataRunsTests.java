package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 数据跑路，群众少跑腿: a licence approved in one case becomes an e-certificate, and a later case of the same
 * applicant that needs it gets it attached instead of asking for paper (免提交).
 */
@SpringBootTest
class DataRunsTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @Autowired
    CertificateRegister certificates;

    @Test
    void a_certificate_issued_in_one_case_satisfies_the_material_of_the_next() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        String next = TestCatalogs.item("XK-TRVA-002", "需要测试证的后续事项", "ADMINISTRATIVE_LICENCE", "TRVA", 20, 10)
                .replace("      - name: 授权委托书\n        necessity: DEFERRABLE\n        form: PAPER\n        copyKind: ORIGINAL\n"
                        + "        originals: 1\n        copies: 0\n        source: APPLICANT\n",
                        "      - name: 测试证\n        necessity: REQUIRED\n        form: ELECTRONIC\n        copyKind: COPY\n"
                        + "        originals: 0\n        copies: 1\n        source: GOVERNMENT_ISSUED\n        certificateType: 测试证\n");
        catalog.importCatalog(YamlCatalogReader.read(new StringReader("format: onevisit-catalog/1\nitems:\n" + next)), "test");
        String holder = TestIdentities.aResidentIdNumber();
        Applicant applicant = new Applicant(false, holder, "郑十一", "13100005555", null);

        IntakeCase first = intake.submit(aCase().of(CaseworkFixtures.ITEM).withApplicant(applicant)
                .providing("M1", "M2").build(), "clerk");
        decisions.accept(first.number().value(), new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        List<ReviewTask> tasks = reviewing.ofCase(first.number().value());
        for (ReviewTask t : tasks) {
            reviewing.decide(t.id(), Opinion.CONSENT, "", t.department().equals("TRVA") ? "reviewer-trva" : "reviewer-trvb", null);
        }
        deciding.decide(first.number().value(), CaseworkFixtures.ITEM, true, "", "reviewer-trva");
        LocalDate today = LocalDate.parse("2026-10-19");
        assertThat(certificates.validOfType(holder, "测试证", today)).isPresent();
        long reusesBefore = certificates.reuseCount();

        IntakeCase second = intake.submit(aCase().of("XK-TRVA-002").withApplicant(applicant).providing("M1")
                .build(), "clerk");

        CaseMaterial licence = second.materials().stream().filter(m -> m.name().equals("测试证")).findFirst().orElseThrow();
        assertThat(licence.status()).isEqualTo(MaterialStatus.BY_CERTIFICATE);
        assertThat(licence.note()).startsWith("电子证照 TRVA-2026-");
        assertThat(second.complete()).isTrue();
        assertThat(certificates.reuseCount()).isEqualTo(reusesBefore + 1);
    }
}
