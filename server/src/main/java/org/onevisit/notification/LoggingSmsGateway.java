package org.onevisit.notification;

import org.onevisit.platform.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until a region's SMS platform and internal messaging platform are connected, messages are written to the log (with
 * the phone masked) and count as sent; a real gateway bean replaces each of these.
 */
@Configuration(proxyBeanMethods = false)
class LoggingSmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Bean
    @ConditionalOnMissingBean
    SmsGateway smsGateway() {
        return (phone, body) -> log.info("SMS to {}: {}", PersonalData.phone(phone), body);
    }

    @Bean
    @ConditionalOnMissingBean
    StaffGateway staffGateway() {
        return (username, body) -> log.info("Internal message to {}: {}", username, body);
    }
}
