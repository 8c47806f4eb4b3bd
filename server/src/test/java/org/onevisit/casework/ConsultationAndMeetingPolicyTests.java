package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.people.Actor;
import org.onevisit.people.TestActors;
import org.onevisit.platform.DomainException;

/** Consultations are between the departments of a case; joint meetings are the coordinator's. */
class ConsultationAndMeetingPolicyTests {

    private static final List<String> CASE = List.of("SCJG", "ZJJ");

    private static void forbidden(Runnable check, String code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void a_chief_representative_of_a_department_taking_part_in_the_case_consults() {
        assertThatNoException().isThrownBy(() -> ConsultationPolicy.checkAsk(TestActors.chiefOf("ZJJ"), "N", CASE));
        for (Actor who : List.of(TestActors.chiefOf("BDC"), TestActors.reviewerOf("SCJG"), TestActors.COORDINATOR,
                TestActors.SUPERVISOR, TestActors.ADMIN, TestActors.CLERK)) {
            forbidden(() -> ConsultationPolicy.checkAsk(who, "N", CASE), "casework-consultation-chief-only");
        }
    }

    @Test
    void the_officials_of_a_department_asked_reply() {
        assertThatNoException().isThrownBy(() -> ConsultationPolicy.checkReply(TestActors.reviewerOf("SWJ"), 1, List.of("SWJ")));
        assertThatNoException().isThrownBy(() -> ConsultationPolicy.checkReply(TestActors.chiefOf("SWJ"), 1, List.of("SWJ")));
        forbidden(() -> ConsultationPolicy.checkReply(TestActors.chiefOf("SCJG"), 1, List.of("SWJ")),
                "casework-consultation-not-asked");
        forbidden(() -> ConsultationPolicy.checkReply(TestActors.COORDINATOR, 1, List.of("SWJ")),
                "casework-consultation-not-asked");
    }

    @Test
    void the_coordinator_convenes_and_closes_a_joint_meeting() {
        assertThatNoException().isThrownBy(() -> MeetingPolicy.checkConvene(TestActors.COORDINATOR));
        for (Actor who : List.of(TestActors.ADMIN, TestActors.SUPERVISOR, TestActors.chiefOf("SCJG"), TestActors.CLERK)) {
            forbidden(() -> MeetingPolicy.checkConvene(who), "casework-meeting-coordinator-only");
        }
    }

    @Test
    void a_department_taking_part_speaks_for_itself_and_the_coordinator_takes_the_roll() {
        assertThatNoException().isThrownBy(() -> MeetingPolicy.checkRecord(TestActors.reviewerOf("SCJG"), "SCJG", CASE));
        assertThatNoException().isThrownBy(() -> MeetingPolicy.checkRecord(TestActors.COORDINATOR, "ZJJ", CASE));
        forbidden(() -> MeetingPolicy.checkRecord(TestActors.reviewerOf("SCJG"), "ZJJ", CASE),
                "casework-meeting-not-your-department");
        forbidden(() -> MeetingPolicy.checkRecord(TestActors.chiefOf("BDC"), "BDC", CASE),
                "casework-meeting-not-your-department");
        forbidden(() -> MeetingPolicy.checkRecord(TestActors.ADMIN, "SCJG", CASE), "casework-meeting-not-your-department");
    }
}
