package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.people.Actor;
import org.onevisit.people.TestActors;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

class InboxPolicyTests {

    private static void refused(Actor who, String asked, Kind kind, String code) {
        assertThatThrownBy(() -> InboxPolicy.department(who, asked)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void an_official_sees_their_own_departments_inbox_and_no_other() {
        assertThat(InboxPolicy.department(TestActors.reviewerOf("SWJ"), null)).isEqualTo("SWJ");
        assertThat(InboxPolicy.department(TestActors.reviewerOf("SWJ"), " swj ")).isEqualTo("SWJ");
        assertThat(InboxPolicy.department(TestActors.chiefOf("SCJG"), "SCJG")).isEqualTo("SCJG");
        refused(TestActors.reviewerOf("SWJ"), "SCJG", Kind.FORBIDDEN, "casework-inbox-not-yours");
        refused(TestActors.chiefOf("BDC"), "SCJG", Kind.FORBIDDEN, "casework-inbox-not-yours");
    }

    @Test
    void coordinators_and_supervisors_see_any_departments_inbox_once_they_name_it() {
        for (Actor overseer : List.of(TestActors.COORDINATOR, TestActors.SUPERVISOR)) {
            assertThat(InboxPolicy.department(overseer, "scjg")).isEqualTo("SCJG");
            refused(overseer, null, Kind.INVALID, "casework-department-missing");
        }
    }

    @Test
    void the_counter_administrators_and_applicants_have_no_inbox() {
        for (Actor who : List.of(TestActors.CLERK, TestActors.ADMIN, TestActors.APPLICANT, TestActors.NOBODY)) {
            refused(who, "SCJG", Kind.FORBIDDEN, "casework-inbox-officials-only");
        }
    }
}
