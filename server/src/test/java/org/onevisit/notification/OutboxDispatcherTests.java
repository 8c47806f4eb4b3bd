package org.onevisit.notification;

import static org.assertj.core.api.Assertions.assertThat;

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
        notifications.text("13800009999", subject, "test", "测试短信");
        assertThat(notifications.about(subject)).singleElement().satisfies(m -> {
            assertThat(m.sent()).isFalse();
            assertThat(m.maskedPhone()).isEqualTo("138****9999");
        });

        assertThat(dispatcher.dispatch()).isPositive();
        dispatcher.dispatch();

        assertThat(notifications.about(subject)).singleElement().satisfies(m -> assertThat(m.sent()).isTrue());
    }
}
