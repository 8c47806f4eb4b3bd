package org.onevisit.notification;

import org.onevisit.platform.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The gateways (ADR 0045). SMS go to the operator's SMSC over SMPP once {@code onevisit.sms.smpp.host} is set, e-mail
 * to the SMTP server once {@code spring.mail.host} is set. Without them — the demo — a message is only written to the
 * log (the phone and the address masked) and counts as sent: <b>nothing reaches anyone</b>, and the log says so at
 * every message. Internal messages to staff are logged until the government's platform is connected.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SmppProperties.class, RetryPolicy.class})
class Gateways {

    private static final Logger log = LoggerFactory.getLogger(Gateways.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "onevisit.sms.smpp", name = "host")
    SmsGateway smppSmsGateway(SmppProperties properties) {
        return new SmppSmsGateway(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    SmsGateway smsGateway() {
        log.warn("No SMSC configured (onevisit.sms.smpp.host): text messages are only logged, not sent");
        return (phone, body) -> log.info("SMS (demo, not sent) to {}: {}", PersonalData.phone(phone), body);
    }

    @Bean
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    EmailGateway smtpEmailGateway(JavaMailSender mail, @Value("${onevisit.mail.from}") String from) {
        return new SmtpEmailGateway(mail, from);
    }

    @Bean
    @ConditionalOnMissingBean
    EmailGateway emailGateway() {
        log.warn("No SMTP server configured (spring.mail.host): e-mail is only logged, not sent");
        return (address, subject, body) -> log.info("E-mail (demo, not sent) to {}: {}", DeadLetters.maskedEmail(address),
                subject);
    }

    @Bean
    @ConditionalOnMissingBean
    StaffGateway staffGateway() {
        return (username, body) -> log.info("Internal message to {}: {}", username, body);
    }
}
