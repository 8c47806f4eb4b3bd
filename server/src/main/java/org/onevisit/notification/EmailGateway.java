package org.onevisit.notification;

/**
 * Where e-mail leaves OneVisit: the centre's SMTP server ({@code spring.mail.*}). A failure is thrown; the outbox
 * tries again later.
 */
public interface EmailGateway {

    void send(String address, String subject, String body);
}
