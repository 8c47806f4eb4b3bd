package org.onevisit.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the timers (deadlines, reminders, the notification outbox). Tests switch it off with
 * {@code onevisit.scheduling.enabled=false} and drive the timers themselves with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "onevisit.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class Scheduling {
}
