package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.casework.ReviewTaskBuilder.aReviewTask;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;

/** After deemed consent (超时默认) the department still owes its real opinion; the task stays deemed consent. */
class LateOpinionTests {

    private static final Instant AT = Instant.parse("2026-10-29T01:00:00Z");

    private static ReviewTask open() {
        return aReviewTask().of("XK-SLJ-002").by("SLJ").inStage("S2", 1).deemable()
                .openOn(LocalDate.parse("2026-10-19"), LocalDate.parse("2026-10-28")).build();
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void a_late_objection_is_kept_beside_the_deemed_consent() {
        ReviewTask deemed = open().deemConsent(AT, "超时未出具意见，视为同意", LocalDate.parse("2026-10-30"));
        assertThat(deemed.owed().due()).isEqualTo(LocalDate.parse("2026-10-30"));
        assertThat(deemed.owed().given()).isFalse();

        ReviewTask answered = deemed.giveLateOpinion(Opinion.OBJECTION, " 取水口位于保护区内 ", "slj", AT.plusSeconds(3600));

        assertThat(answered.status()).isEqualTo(TaskStatus.DEEMED_CONSENT);
        assertThat(answered.answer().text()).isEqualTo("超时未出具意见，视为同意");
        assertThat(answered.owed().answer()).isEqualTo(Opinion.OBJECTION);
        assertThat(answered.owed().text()).isEqualTo("取水口位于保护区内");
        assertThat(answered.owed().given()).isTrue();
    }

    @Test
    void a_late_opinion_is_given_once_states_its_points_and_asks_for_no_corrections() {
        ReviewTask deemed = open().deemConsent(AT, "超时未出具意见，视为同意", LocalDate.parse("2026-10-30"));

        assertThatThrownBy(() -> deemed.giveLateOpinion(Opinion.CORRECTION, "补充材料", "slj", AT))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-late-opinion-correction"));
        assertThatThrownBy(() -> deemed.giveLateOpinion(Opinion.OBJECTION, " ", "slj", AT))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-opinion-reasons-missing"));
        ReviewTask given = deemed.giveLateOpinion(Opinion.CONSENT, "", "slj", AT);
        assertThatThrownBy(() -> given.giveLateOpinion(Opinion.CONSENT, "", "slj", AT))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-late-opinion-given"));
    }

    @Test
    void only_a_deemed_consent_that_owes_an_opinion_takes_one() {
        assertThatThrownBy(() -> open().giveLateOpinion(Opinion.CONSENT, "", "slj", AT))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-wrong-state"));
        // 缺席默认 at a joint meeting: the meeting was the department's chance to speak; nothing is owed.
        ReviewTask absent = open().deemConsent(AT, "缺席联合会议且未说明理由，视为同意", null);
        assertThat(absent.owed()).isNull();
        assertThatThrownBy(() -> absent.giveLateOpinion(Opinion.CONSENT, "", "slj", AT))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-wrong-state"));
    }
}
