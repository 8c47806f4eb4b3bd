package org.onevisit.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.onevisit.platform.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands queued messages to their gateway: an applicant's to the SMS gateway, a member of staff's to the staff gateway.
 * Each message is claimed with {@code FOR UPDATE SKIP LOCKED}, so several server nodes dispatch side by side without
 * sending one twice. The phone is decrypted for the gateway only.
 */
@Component
class OutboxDispatcher {

    private final JdbcClient jdbc;
    private final SmsGateway gateway;
    private final StaffGateway staff;
    private final Clock clock;
    private final PersonalDataCipher cipher;

    OutboxDispatcher(JdbcClient jdbc, SmsGateway gateway, StaffGateway staff, Clock clock, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.gateway = gateway;
        this.staff = staff;
        this.clock = clock;
        this.cipher = cipher;
    }

    @Scheduled(fixedDelayString = "${onevisit.notification.dispatch-delay:PT10S}")
    @Transactional
    public int dispatch() {
        var due = jdbc.sql("""
                SELECT id, phone_encrypted, staff_username, body FROM notification_message WHERE sent_at IS NULL ORDER BY id
                FETCH FIRST 100 ROWS ONLY FOR UPDATE SKIP LOCKED""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list();
        for (Object[] m : due) {
            if (m[2] != null) {
                staff.send((String) m[2], (String) m[3]);
            } else {
                gateway.send(cipher.decrypt((String) m[1]), (String) m[3]);
            }
            jdbc.sql("UPDATE notification_message SET sent_at = ? WHERE id = ?")
                    .params(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), m[0]).update();
        }
        return due.size();
    }
}
