package org.onevisit.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class OutboxDispatcherTests {

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void a_queued_message_is_handed_to_the_gateway_once() {
        String subject = "test-" + UUID.randomUUID();
        notifications.text("13800009999", subject, TextMessage.REFUSED, Map.of("subject", "测试事项", "number", subject));
        assertThat(notifications.about(subject)).singleElement().satisfies(m -> {
            assertThat(m.sent()).isFalse();
            assertThat(m.kind()).isEqualTo("refused");
            assertThat(m.body()).isEqualTo("您的“测试事项”不予受理，详见不予受理通知书。办件编号：" + subject);
            assertThat(m.maskedPhone()).isEqualTo("138****9999");
        });

        // other tests leave messages in the outbox too: send until it is empty, once each
        assertThat(dispatcher.dispatch()).isPositive();
        for (int round = 0; round < 1000 && dispatcher.dispatch() > 0; round++) {
            // the next batch
        }

        assertThat(notifications.about(subject)).singleElement().satisfies(m -> assertThat(m.sent()).isTrue());
    }

    @Test
    void a_message_to_staff_goes_to_the_staff_gateway_once_and_never_into_an_applicants_list() {
        String subject = "alert-test-" + UUID.randomUUID();
        notifications.toStaff("scjg-head", subject, TextMessage.ALERT_WARNING, Map.of("number", "330999-X", "subject", "测试事项",
                "clock", "审查环节", "deadline", "2026-10-20"));
        assertThat(notifications.about(subject)).isEmpty();
        assertThat(notifications.aboutAny(java.util.List.of(subject), 10)).isEmpty();
        assertThat(notifications.toStaffAbout(subject)).singleElement().satisfies(m -> {
            assertThat(m.username()).isEqualTo("scjg-head");
            assertThat(m.kind()).isEqualTo("alert-warning");
            assertThat(m.body()).isEqualTo("【预警】办件330999-X（测试事项）审查环节将于2026-10-20到期，请及时办理。");
            assertThat(m.sent()).isFalse();
        });

        // other tests leave messages in the outbox too: send until it is empty, once each
        assertThat(dispatcher.dispatch()).isPositive();
        for (int round = 0; round < 1000 && dispatcher.dispatch() > 0; round++) {
            // the next batch
        }

        assertThat(notifications.toStaffAbout(subject)).singleElement().satisfies(m -> assertThat(m.sent()).isTrue());
    }

    @Test
    void a_message_goes_only_to_the_audience_it_is_written_for() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> notifications.toStaff(
                "scjg-head", "x", TextMessage.REFUSED, Map.of("subject", "测试事项", "number", "x")));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> notifications.text(
                "13800009999", "x", TextMessage.ALERT_WARNING, Map.of("number", "x", "subject", "测试事项", "clock", "审查环节",
                        "deadline", "2026-10-20")));
    }
}
