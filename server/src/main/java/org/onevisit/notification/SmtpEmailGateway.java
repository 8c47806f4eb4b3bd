package org.onevisit.notification;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;

/**
 * Sends e-mail through the centre's SMTP server ({@code spring.mail.*}) with Spring's {@link JavaMailSender}: plain
 * text in UTF-8, from {@code onevisit.mail.from}. A failure is thrown for the outbox to retry.
 */
final class SmtpEmailGateway implements EmailGateway {

    private final JavaMailSender mail;
    private final String from;

    SmtpEmailGateway(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(String address, String subject, String body) {
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(subject);
            helper.setText(body, false);
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("The e-mail could not be written: " + e.getMessage(), e);
        } catch (MailException e) {
            throw new IllegalStateException("The SMTP server did not take the e-mail: " + e.getMessage(), e);
        }
    }
}
