package org.onevisit.supervision.alerts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the alerts' thresholds, {@code onevisit.supervision.alerts.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertThresholds.class)
class AlertsConfiguration {
}
