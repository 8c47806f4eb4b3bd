package org.onevisit.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.PersonalData;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.ReadOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dead-letter list (ADR 0045): deliveries given up after their last attempt, for administrators to send again
 * (a fresh series of attempts) or discard; both audited. Recipients are masked.
 */
@Service
public class DeadLetters {

    /** The columns of a delivery with its message's kind and subject. */
    static final String SELECT = """
            SELECT d.id, d.message_id, d.channel, d.address_encrypted, d.staff_username, d.state, d.attempts, d.next_attempt_at, d.last_error,
                   d.sent_at, d.ended_at, m.kind, m.subject_id, m.queued_at
              FROM notification_delivery d JOIN notification_message m ON m.id = d.message_id""";

    /** A dead letter as administrators see it: the delivery, its message's kind and subject, when it was given up. */
    public record DeadLetter(Delivery delivery, String kind, String subjectId, Instant queuedAt, @Nullable Instant endedAt) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadLetters(JdbcClient jdbc, PersonalDataCipher cipher, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** The dead letters, the newest given up first; at most {@code limit} (1 to 500). */
    @ReadOnly
    public List<DeadLetter> deadLetters(int limit) {
        return jdbc.sql(SELECT + " WHERE d.state = 'DEAD' ORDER BY d.ended_at DESC, d.id DESC FETCH FIRST "
                        + Math.min(Math.max(limit, 1), 500) + " ROWS ONLY")
                .query((rs, n) -> deadLetter(rs)).list();
    }

    /** One delivery, any state, as administrators see it. */
    @ReadOnly
    public DeadLetter find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query((rs, n) -> deadLetter(rs)).optional()
                .orElseThrow(() -> notFound(id));
    }

    /**
     * Sends a dead letter again: a fresh series of attempts from now, as if it were new (its attempts start again at
     * 0; the last error stays until the next attempt). Refused unless the delivery is dead.
     */
    @Transactional
    public DeadLetter retry(long id, String admin, String channel) {
        return end(id, "retry", admin, channel, DeliveryState.PENDING, """
                UPDATE notification_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?, ended_at = NULL
                 WHERE id = ? AND state = 'DEAD'""");
    }

    /** Drops a dead letter for good: it stays on record as discarded. Refused unless the delivery is dead. */
    @Transactional
    public DeadLetter discard(long id, String admin, String channel) {
        return end(id, "discard", admin, channel, DeliveryState.DISCARDED, """
                UPDATE notification_delivery SET state = 'DISCARDED', ended_at = ?
                 WHERE id = ? AND state = 'DEAD'""");
    }

    private DeadLetter end(long id, String action, String admin, String channel, DeliveryState to, String update) {
        DeadLetter before = find(id);
        if (jdbc.sql(update).params(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), id).update() != 1) {
            throw new DomainException(Kind.CONFLICT, "message-delivery-not-dead",
                    "Only a dead letter can be sent again or discarded.", Map.of("id", String.valueOf(id)));
        }
        events.publishEvent(new AuditedChange("message-delivery", String.valueOf(id), action, admin, channel,
                Map.of("state", before.delivery().state().name(), "to", before.delivery().maskedAddress(),
                        "kind", before.kind(), "subject", before.subjectId()),
                Map.of("state", to.name()), clock.instant()));
        return find(id);
    }

    private static DomainException notFound(long id) {
        return new DomainException(Kind.NOT_FOUND, "message-delivery-not-found", "No such message delivery.",
                Map.of("id", String.valueOf(id)));
    }

    private DeadLetter deadLetter(ResultSet rs) throws SQLException {
        OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
        return new DeadLetter(delivery(rs, cipher), rs.getString("kind"), rs.getString("subject_id"),
                rs.getObject("queued_at", OffsetDateTime.class).toInstant(), ended == null ? null : ended.toInstant());
    }

    /** The delivery of a row of {@link #SELECT}, its address masked. */
    static Delivery delivery(ResultSet rs, PersonalDataCipher cipher) throws SQLException {
        Channel channel = Channel.valueOf(rs.getString("channel"));
        String masked = switch (channel) {
            case SMS -> PersonalData.phone(cipher.decrypt(rs.getString("address_encrypted")));
            case EMAIL -> maskedEmail(cipher.decrypt(rs.getString("address_encrypted")));
            case STAFF -> rs.getString("staff_username");
        };
        OffsetDateTime next = rs.getObject("next_attempt_at", OffsetDateTime.class);
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new Delivery(rs.getLong("id"), channel, masked, DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), next == null ? null : next.toInstant(), rs.getString("last_error"),
                sent == null ? null : sent.toInstant());
    }

    /** {@code z***@example.cn}. */
    static String maskedEmail(String address) {
        return org.onevisit.people.EmailAddress.masked(address);
    }
}
