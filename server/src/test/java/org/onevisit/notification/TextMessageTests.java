package org.onevisit.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The texts applicants receive, filled from their templates. */
class TextMessageTests {

    private static final String NUMBER = "330999-20261019-00001";
    private static final LocalDate NOV_9 = LocalDate.of(2026, 11, 9);

    @Test
    void an_acceptance_names_the_case_and_the_promised_day() {
        assertThat(TextMessage.ACCEPTED.render(Map.of("subject", "食品经营许可", "number", NUMBER, "promised", NOV_9)))
                .isEqualTo("您的“食品经营许可”已受理，办件编号：330999-20261019-00001，承诺办结日期：2026-11-09。");
    }

    @Test
    void a_pledge_lists_the_missing_materials_joined_as_chinese_lists_are() {
        assertThat(TextMessage.ACCEPTED_ON_PLEDGE.render(Map.of("subject", "食品经营许可", "number", NUMBER,
                "supplementBy", NOV_9, "materials", List.of("健康证明", "场所平面图"))))
                .isEqualTo("您的“食品经营许可”已容缺受理，请于 2026-11-09 前补交：健康证明、场所平面图。逾期将终止办理。"
                        + "办件编号：330999-20261019-00001");
    }

    @Test
    void an_extension_says_whether_the_legal_limit_moved_too() {
        Map<String, Object> review = Map.of("number", NUMBER, "subject", "入河排污口设置", "days", 15, "until", NOV_9,
                "note", "需补充水文论证");
        assertThat(TextMessage.REVIEW_EXTENDED.render(review))
                .isEqualTo("您的办件330999-20261019-00001（入河排污口设置）审查期限延长15个工作日至2026-11-09，需补充水文论证。");
        Map<String, Object> both = new java.util.HashMap<>(review);
        both.put("legalUntil", LocalDate.of(2026, 12, 1));
        assertThat(TextMessage.REVIEW_AND_LEGAL_LIMIT_EXTENDED.render(both)).isEqualTo("您的办件330999-20261019-00001"
                + "（入河排污口设置）审查期限延长15个工作日至2026-11-09，法定办结期限延长至2026-12-01，需补充水文论证。");
        assertThat(TextMessage.REVIEW_EXTENDED.kind()).isEqualTo(TextMessage.REVIEW_AND_LEGAL_LIMIT_EXTENDED.kind());
    }

    @Test
    void a_value_that_looks_like_a_parameter_is_written_as_it_is() {
        assertThat(TextMessage.REFUSED.render(Map.of("subject", "{number} $1", "number", NUMBER)))
                .isEqualTo("您的“{number} $1”不予受理，详见不予受理通知书。办件编号：330999-20261019-00001");
    }

    @Test
    void a_message_is_refused_a_missing_or_an_unknown_value() {
        assertThatThrownBy(() -> TextMessage.REFUSED.render(Map.of("subject", "食品经营许可")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REFUSED");
        assertThatThrownBy(() -> TextMessage.REFUSED.render(Map.of("subject", "食品经营许可", "number", NUMBER, "count", 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_template_names_its_parameters() {
        for (TextMessage message : TextMessage.values()) {
            assertThat(message.parameters()).as(message.name()).contains("subject", "number");
        }
    }

    /**
     * Every kind has its English template (notification/templates_en.properties, a line per constant) with exactly the
     * parameters of its Chinese one: a constant added without its English line fails here.
     */
    @Test
    void every_kind_has_an_english_template_with_the_same_parameters() {
        for (TextMessage message : TextMessage.values()) {
            assertThat(TextMessage.Templates.english(message)).as("the English line " + message.name() + "= in "
                    + TextMessage.Templates.ENGLISH).isPresent();
            java.util.Set<String> named = new java.util.HashSet<>();
            var m = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}").matcher(message.template(Language.EN));
            while (m.find()) {
                named.add(m.group(1));
            }
            assertThat(named).as("the parameters of " + message.name() + " in English").isEqualTo(message.parameters());
        }
    }

    @Test
    void an_acceptance_in_english_joins_lists_with_commas() {
        assertThat(TextMessage.ACCEPTED.render(Map.of("subject", "Food business licence", "number", NUMBER,
                "promised", NOV_9), Language.EN)).isEqualTo("Your application \"Food business licence\" has been "
                        + "accepted, case number 330999-20261019-00001; the result is promised by 2026-11-09.");
        assertThat(TextMessage.ACCEPTED_ON_PLEDGE.render(Map.of("subject", "x", "number", NUMBER, "supplementBy", NOV_9,
                "materials", List.of("A", "B")), Language.EN)).contains("by 2026-11-09: A, B.");
    }

    /** ADR 0046: notices the law or the centre's rules require are never optional; reminders and invitations are. */
    @Test
    void required_notices_cannot_be_switched_off_and_reminders_can() {
        assertThat(List.of(TextMessage.ACCEPTED, TextMessage.REFUSED, TextMessage.DEFICIENCIES_NOTIFIED,
                TextMessage.ACCEPTED_ON_PLEDGE, TextMessage.TERMINATED_FOR_BROKEN_PLEDGE, TextMessage.CORRECTION_REQUESTED,
                TextMessage.CORRECTION_RECEIVED, TextMessage.REVIEW_EXTENDED, TextMessage.REVIEW_AND_LEGAL_LIMIT_EXTENDED,
                TextMessage.DECISION_CORRECTED, TextMessage.COMPLAINT_ACCEPTED, TextMessage.COMPLAINT_NOT_ACCEPTED,
                TextMessage.COMPLAINT_CLOSED, TextMessage.BAD_RATING_ANSWERED, TextMessage.ALERT_RED))
                .noneMatch(TextMessage::optional);
        assertThat(List.of(TextMessage.PRE_CHECKED, TextMessage.PLEDGE_REMINDER, TextMessage.RATING_INVITED))
                .allMatch(TextMessage::optional);
        assertThat(TextMessage.Templates.OPTIONAL).allSatisfy(name -> assertThat(TextMessage.valueOf(name)
                .audience()).isEqualTo(TextMessage.Audience.APPLICANT));
    }
}
