package org.onevisit.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalData;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.ReadOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues messages to applicants (by phone) and to staff (by login name), and lists what was queued for applicants
 * about a subject, e.g. a case. The phone is stored encrypted and decrypted only to be handed to the gateway or masked.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalDataCipher cipher;

    Notifications(JdbcClient jdbc, Clock clock, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    /**
     * Queues the text message {@code message} to {@code phone} about {@code subjectId}, in the caller's transaction,
     * with {@code values} filled into its template: exactly the values it names ({@link TextMessage#parameters()}).
     */
    @Transactional
    public void text(String phone, String subjectId, TextMessage message, Map<String, ?> values) {
        queue(cipher.encrypt(phone), null, subjectId, message, TextMessage.Audience.APPLICANT, values);
    }

    /**
     * Queues the internal message {@code message} to the member of staff {@code username} about {@code subjectId}, in
     * the caller's transaction, with {@code values} filled into its template ({@link TextMessage#parameters()}).
     */
    @Transactional
    public void toStaff(String username, String subjectId, TextMessage message, Map<String, ?> values) {
        queue(null, username, subjectId, message, TextMessage.Audience.STAFF, values);
    }

    /** Stores the message, to an applicant's encrypted phone or to a member of staff's login name. */
    private void queue(@Nullable String phoneEncrypted, @Nullable String username, String subjectId, TextMessage message,
            TextMessage.Audience audience, Map<String, ?> values) {
        requireAudience(message, audience);
        String body = message.render(values);
        jdbc.sql("""
                INSERT INTO notification_message (phone_encrypted, staff_username, subject_id, kind, body, queued_at, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, NULL)""")
                .params(phoneEncrypted, username, subjectId, message.kind(), body,
                        OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
    }

    private static void requireAudience(TextMessage message, TextMessage.Audience audience) {
        if (message.audience() != audience) {
            throw new IllegalArgumentException("The message " + message + " is for " + message.audience() + ", not "
                    + audience);
        }
    }

    /** What was queued for staff about a subject, oldest first: to whom and what. */
    @ReadOnly
    public List<StaffMessage> toStaffAbout(String subjectId) {
        return jdbc.sql("SELECT staff_username, kind, body, queued_at, sent_at FROM notification_message"
                        + " WHERE subject_id = ? AND staff_username IS NOT NULL ORDER BY id")
                .param(subjectId)
                .query((rs, n) -> new StaffMessage(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class) != null))
                .list();
    }

    /** What was queued for applicants about a subject, oldest first, with the phone masked. */
    @ReadOnly
    public List<Message> about(String subjectId) {
        return jdbc.sql("SELECT phone_encrypted, kind, body, queued_at, sent_at FROM notification_message"
                        + " WHERE subject_id = ? AND staff_username IS NULL ORDER BY id")
                .param(subjectId)
                .query((rs, n) -> new Message(PersonalData.phone(cipher.decrypt(rs.getString(1))), rs.getString(2),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class) != null))
                .list();
    }

    /**
     * What was queued for applicants about any of the subjects, e.g. an applicant's cases, the newest first, with the phone masked; at
     * most {@code limit} (1 to 500).
     */
    @ReadOnly
    public List<SubjectMessage> aboutAny(java.util.Collection<String> subjectIds, int limit) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT subject_id, phone_encrypted, kind, body, queued_at, sent_at FROM notification_message"
                        + " WHERE subject_id IN (:subjects) AND staff_username IS NULL ORDER BY queued_at DESC, id DESC FETCH FIRST "
                        + Math.min(Math.max(limit, 1), 500) + " ROWS ONLY")
                .param("subjects", List.copyOf(subjectIds))
                .query((rs, n) -> new SubjectMessage(rs.getString(1), PersonalData.phone(cipher.decrypt(rs.getString(2))),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getObject(6, OffsetDateTime.class) != null))
                .list();
    }

    /** A queued message with what it is about (e.g. a case's number), as its recipient may see it. */
    public record SubjectMessage(String subjectId, String maskedPhone, String kind, String body, java.time.Instant queuedAt,
            boolean sent) {
    }

    /** A message queued for a member of staff. */
    public record StaffMessage(String username, String kind, String body, java.time.Instant queuedAt, boolean sent) {
    }

    /** A queued message to an applicant as staff may see it. */
    public record Message(String maskedPhone, String kind, String body, java.time.Instant queuedAt, boolean sent) {
    }
}
