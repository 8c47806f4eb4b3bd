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

        assertThat(dispatcher.dispatch()).isPositive();
        dispatcher.dispatch();

        assertThat(notifications.about(subject)).singleElement().satisfies(m -> assertThat(m.sent()).isTrue());
    }
}
