package org.onevisit.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantContact;
import org.onevisit.platform.PersonalData;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.ReadOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues messages to applicants (by phone) and to staff (by login name), and lists what was queued for applicants
 * about a subject, e.g. a case. A message to a phone that belongs to an applicant's account is written in the
 * account's language and goes by the channels it chose (SMS, e-mail); an optional kind it switched off is kept but
 * not sent (ADR 0046). Each channel is a {@link Delivery} the {@link OutboxDispatcher} hands to its gateway (ADR 0045).
 * Phones and e-mail addresses are stored encrypted and decrypted only to be handed to the gateway or masked.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalDataCipher cipher;
    private final ApplicantAccounts accounts;
    private final MessagePreferences preferences;

    Notifications(JdbcClient jdbc, Clock clock, PersonalDataCipher cipher, ApplicantAccounts accounts,
            MessagePreferences preferences) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
        this.accounts = accounts;
        this.preferences = preferences;
    }

    /**
     * Queues the text message {@code message} to {@code phone} about {@code subjectId}, in the caller's transaction,
     * with {@code values} filled into its template: exactly the values it names ({@link TextMessage#parameters()}).
     * When an account has the phone, in its language, by its channels, unless it switched the (optional) kind off.
     */
    @Transactional
    public void text(String phone, String subjectId, TextMessage message, Map<String, ?> values) {
        requireAudience(message, TextMessage.Audience.APPLICANT);
        Optional<ApplicantContact> contact = accounts.contactByPhone(phone);
        Language language = contact.map(c -> Language.of(c.language())).orElse(Language.ZH);
        MessagePreferences.Choice choice = contact.map(c -> preferences.of(c.principal()))
                .orElse(MessagePreferences.DEFAULT);
        long id = insert(cipher.encrypt(phone), null, contact.map(ApplicantContact::principal).orElse(null), subjectId,
                message, message.render(values, language), language);
        DeliveryState state = choice.sends(message) ? DeliveryState.PENDING : DeliveryState.SWITCHED_OFF;
        String email = contact.map(ApplicantContact::email).orElse(null);
        boolean byEmail = choice.byEmail() && email != null;
        if (choice.bySms() || !byEmail) {
            deliver(id, Channel.SMS, cipher.encrypt(phone), null, state);
        }
        if (byEmail) {
            deliver(id, Channel.EMAIL, cipher.encrypt(email), null, state);
        }
    }

    /**
     * Queues the internal message {@code message} to the member of staff {@code username} about {@code subjectId}, in
     * the caller's transaction, with {@code values} filled into its template ({@link TextMessage#parameters()}).
     */
    @Transactional
    public void toStaff(String username, String subjectId, TextMessage message, Map<String, ?> values) {
        requireAudience(message, TextMessage.Audience.STAFF);
        long id = insert(null, username, null, subjectId, message, message.render(values), Language.ZH);
        deliver(id, Channel.STAFF, null, username, DeliveryState.PENDING);
    }

    /** Stores the message, to an applicant's encrypted phone or to a member of staff's login name; its id. */
    private long insert(@Nullable String phoneEncrypted, @Nullable String username, @Nullable String recipient,
            String subjectId, TextMessage message, String body, Language language) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification_message (phone_encrypted, staff_username, recipient, subject_id, kind, body,
                                                  language, queued_at, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)""")
                .params(phoneEncrypted, username, recipient, subjectId, message.kind(), body, language.code(), now())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** A delivery on the channel: to the encrypted phone or e-mail address, or to the member of staff. */
    private void deliver(long messageId, Channel channel, @Nullable String addressEncrypted, @Nullable String username,
            DeliveryState state) {
        jdbc.sql("""
                INSERT INTO notification_delivery (message_id, channel, address_encrypted, staff_username, state, attempts,
                                                   next_attempt_at)
                VALUES (?, ?, ?, ?, ?, 0, ?)""")
                .params(messageId, channel.name(), addressEncrypted, username, state.name(),
                        state == DeliveryState.PENDING ? now() : null)
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
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
     * What was queued for applicants about any of the subjects, e.g. an applicant's cases, the newest first, with the
     * phone masked and each channel's delivery (sent, pending, switched off…); at most {@code limit} (1 to 500).
     */
    @ReadOnly
    public List<SubjectMessage> aboutAny(Collection<String> subjectIds, int limit) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        record Row(long id, String subjectId, String phone, String kind, String body, Instant queuedAt, boolean sent) {
        }
        List<Row> rows = jdbc.sql("SELECT id, subject_id, phone_encrypted, kind, body, queued_at, sent_at FROM notification_message"
                        + " WHERE subject_id IN (:subjects) AND staff_username IS NULL ORDER BY queued_at DESC, id DESC FETCH FIRST "
                        + Math.min(Math.max(limit, 1), 500) + " ROWS ONLY")
                .param("subjects", List.copyOf(subjectIds))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), PersonalData.phone(cipher.decrypt(rs.getString(3))),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getObject(7, OffsetDateTime.class) != null))
                .list();
        Map<Long, List<Delivery>> deliveries = deliveriesOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new SubjectMessage(r.subjectId(), r.phone(), r.kind(), r.body(), r.queuedAt(),
                r.sent(), deliveries.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The deliveries of these messages, by message, each in the order of its channels. */
    private Map<Long, List<Delivery>> deliveriesOf(List<Long> messageIds) {
        Map<Long, List<Delivery>> byMessage = new java.util.HashMap<>();
        for (int from = 0; from < messageIds.size(); from += 100) {
            jdbc.sql(DeadLetters.SELECT + " WHERE d.message_id IN (:ids) ORDER BY d.id")
                    .param("ids", messageIds.subList(from, Math.min(from + 100, messageIds.size())))
                    .query((rs, n) -> Map.entry(rs.getLong("message_id"), DeadLetters.delivery(rs, cipher)))
                    .list().forEach(e -> byMessage.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return byMessage;
    }

    /**
     * A queued message with what it is about (e.g. a case's number), as its recipient may see it: {@code sent} once
     * any channel delivered it; {@code deliveries} says how each channel went.
     */
    public record SubjectMessage(String subjectId, String maskedPhone, String kind, String body, Instant queuedAt,
            boolean sent, List<Delivery> deliveries) {

        public SubjectMessage {
            deliveries = List.copyOf(deliveries);
        }
    }

    /** A message queued for a member of staff. */
    public record StaffMessage(String username, String kind, String body, Instant queuedAt, boolean sent) {
    }

    /** A queued message to an applicant as staff may see it. */
    public record Message(String maskedPhone, String kind, String body, Instant queuedAt, boolean sent) {
    }
}
