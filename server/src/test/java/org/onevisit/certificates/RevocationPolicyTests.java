package org.onevisit.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.people.Actor;
import org.onevisit.people.TestActors;
import org.onevisit.platform.DomainException;

class RevocationPolicyTests {

    private static final Certificate ISSUED_BY_SCJG = new Certificate(new CertificateContent("SCJG-2026-000001", "营业执照",
            "示例市云帆科技有限公司", "91330999MA2K7Y3C7J", true, "SCJG", LocalDate.of(2026, 10, 19), null, ""), "code", "key",
            "330999-20261019-00001", "XK-SCJG-001", null);

    @Test
    void the_issuing_departments_officials_revoke_its_certificates() {
        assertThatNoException().isThrownBy(() -> RevocationPolicy.check(TestActors.chiefOf("SCJG"), ISSUED_BY_SCJG));
        assertThatNoException().isThrownBy(() -> RevocationPolicy.check(TestActors.reviewerOf("SCJG"), ISSUED_BY_SCJG));
    }

    @Test
    void no_other_department_and_none_of_the_centres_staff_revoke() {
        for (Actor who : List.of(TestActors.reviewerOf("SWJ"), TestActors.chiefOf("BDC"), TestActors.ADMIN,
                TestActors.SUPERVISOR, TestActors.COORDINATOR, TestActors.CLERK, TestActors.APPLICANT)) {
            assertThatThrownBy(() -> RevocationPolicy.check(who, ISSUED_BY_SCJG)).isInstanceOfSatisfying(
                    DomainException.class, e -> assertThat(e.code()).isEqualTo("certificate-revocation-issuer-only"));
        }
    }
}
