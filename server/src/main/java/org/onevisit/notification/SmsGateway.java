package org.onevisit.notification;

/** Where text messages leave OneVisit: the region's SMS platform. */
public interface SmsGateway {

    void send(String phone, String body);
}
