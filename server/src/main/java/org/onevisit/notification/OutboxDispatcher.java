package org.onevisit.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands pending deliveries to their gateway (ADR 0045) in three steps, none holding a transaction across the network:
 * <ol>
 * <li><b>claim</b>, in a short transaction: due deliveries are locked with {@code FOR UPDATE SKIP LOCKED}, so several
 * server nodes dispatch side by side, and marked as attempted, their next attempt moved {@code claimFor} ahead;</li>
 * <li><b>send</b>, outside any transaction: SMS to the SMS gateway, e-mail to the e-mail gateway, staff messages to
 * the staff gateway (phones and addresses decrypted for the gateway only);</li>
 * <li><b>record</b>, in a short transaction each: sent; or failed, to be tried again after the backoff of the
 * {@link RetryPolicy}, or dead after its last attempt. A record only applies to the claim it belongs to.</li>
 * </ol>
 * Delivery is at least once: a node that stops between send and record leaves its claim to expire, and the message
 * is sent again. It is never lost, and never sent by two nodes at once.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    static final int BATCH = 100;

    /** A claimed delivery: what to send where (an encrypted phone or address, a login name), and the attempt it is. */
    private record Claim(long id, long messageId, Channel channel, String address, int attempt, String body,
            String kind, Language language, String subjectId) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>@,;:\"]+@[^\\s<>@,;:\"]+");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:86)?1[3-9]\\d{9}(?!\\d)");

    private final JdbcClient jdbc;
    private final SmsGateway sms;
    private final EmailGateway email;
    private final StaffGateway staff;
    private final Clock clock;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transactions;
    private final RetryPolicy retry;
    private final EmailSubjects subjects;

    OutboxDispatcher(JdbcClient jdbc, SmsGateway sms, EmailGateway email, StaffGateway staff, Clock clock,
            PersonalDataCipher cipher, TransactionTemplate transactions, RetryPolicy retry, EmailSubjects subjects) {
        this.jdbc = jdbc;
        this.sms = sms;
        this.email = email;
        this.staff = staff;
        this.clock = clock;
        this.cipher = cipher;
        this.transactions = transactions;
        this.retry = retry;
        this.subjects = subjects;
    }

    /** Claims, sends and records one batch of due deliveries; how many it claimed. */
    @Scheduled(fixedDelayString = "${onevisit.notification.dispatch-delay:PT10S}")
    public int dispatch() {
        List<Claim> claims = transactions.execute(status -> claim());
        if (claims == null) {
            return 0;
        }
        for (Claim claim : claims) {
            String error = null;
            try {
                send(claim);
            } catch (RuntimeException e) {
                error = scrubbed(e);
                log.warn("Delivery {} ({}, {}) failed, attempt {}: {}", claim.id(), claim.channel(), claim.kind(),
                        claim.attempt(), error);
            }
            String failure = error;
            transactions.executeWithoutResult(status -> record(claim, failure));
        }
        return claims.size();
    }

    private List<Claim> claim() {
        OffsetDateTime now = now();
        List<Long> ids = jdbc.sql("""
                SELECT id FROM notification_delivery WHERE state = 'PENDING' AND next_attempt_at <= ?
                 ORDER BY next_attempt_at, id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED""".formatted(BATCH))
                .param(now).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("UPDATE notification_delivery SET attempts = attempts + 1, next_attempt_at = :until WHERE id IN (:ids)")
                .param("until", now.plus(retry.claimFor())).param("ids", ids).update();
        return jdbc.sql("""
                SELECT d.id, d.message_id, d.channel, COALESCE(d.address_encrypted, d.staff_username), d.attempts,
                       m.body, m.kind, m.language, m.subject_id
                  FROM notification_delivery d JOIN notification_message m ON m.id = d.message_id
                 WHERE d.id IN (:ids) ORDER BY d.id""")
                .param("ids", ids)
                .query((rs, n) -> new Claim(rs.getLong(1), rs.getLong(2), Channel.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), Language.of(rs.getString(8)),
                        rs.getString(9)))
                .list();
    }

    private void send(Claim claim) {
        switch (claim.channel()) {
            case SMS -> sms.send(cipher.decrypt(claim.address()), claim.body());
            case EMAIL -> email.send(cipher.decrypt(claim.address()), subjects.subject(claim.language(),
                    claim.subjectId()), claim.body());
            case STAFF -> staff.send(claim.address(), claim.body());
        }
    }

    /** Sent, retried later, or dead: only while the delivery is still in this claim (pending, at this attempt). */
    private void record(Claim claim, @Nullable String error) {
        OffsetDateTime now = now();
        if (error == null) {
            if (jdbc.sql("""
                    UPDATE notification_delivery SET state = 'SENT', sent_at = ?, next_attempt_at = NULL
                     WHERE id = ? AND state = 'PENDING' AND attempts = ?""")
                    .params(now, claim.id(), claim.attempt()).update() == 1) {
                jdbc.sql("UPDATE notification_message SET sent_at = ? WHERE id = ? AND sent_at IS NULL")
                        .params(now, claim.messageId()).update();
            }
        } else if (claim.attempt() >= retry.maxAttempts()) {
            jdbc.sql("""
                    UPDATE notification_delivery SET state = 'DEAD', ended_at = ?, next_attempt_at = NULL, last_error = ?
                     WHERE id = ? AND state = 'PENDING' AND attempts = ?""")
                    .params(now, error, claim.id(), claim.attempt()).update();
        } else {
            jdbc.sql("""
                    UPDATE notification_delivery SET next_attempt_at = ?, last_error = ?
                     WHERE id = ? AND state = 'PENDING' AND attempts = ?""")
                    .params(now.plus(retry.delayAfter(claim.attempt())), error, claim.id(), claim.attempt()).update();
        }
    }

    /** The failure as kept and shown to administrators: its type and message, without phones or addresses. */
    static String scrubbed(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        text = PHONE.matcher(EMAIL.matcher(text).replaceAll("***@***")).replaceAll("1**********");
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
