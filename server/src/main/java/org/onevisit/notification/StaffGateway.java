package org.onevisit.notification;

/**
 * Where internal messages to staff leave OneVisit: the government's internal messaging platform, which knows each
 * official by their login name. Each recipient also finds their alerts in OneVisit itself.
 */
public interface StaffGateway {

    void send(String username, String body);
}
