package org.onevisit.notification;

/**
 * Where text messages leave OneVisit: the operator's SMS centre (SMPP, {@code onevisit.sms.smpp.*}). A failure is
 * thrown; the outbox tries again later.
 */
public interface SmsGateway {

    void send(String phone, String body);
}
