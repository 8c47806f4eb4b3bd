package org.onevisit.postal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.PersonalDataCipher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The registered mail items, the sender's data encrypted in the row and decrypted only when read. Each registration and
 * each move is on the audit trail in the same transaction (subject {@code mail-item}; the tracking number, the state and
 * the case, nothing personal).
 */
@Repository
class MailItems {

    private static final String COLUMNS = "id, tracking_number, carrier, sender_name_enc, sender_phone_enc, sender_addr_enc,"
            + " received_on, applied_for, notes, state, case_number, return_reason, registered_by, registered_at";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailItems(JdbcClient jdbc, PersonalDataCipher cipher, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** Stores a new item; a tracking number registered before is refused by the table's unique constraint. */
    long insert(String trackingNumber, NewMailItem item, String clerk, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO postal_mail_item (tracking_number, carrier, sender_name_enc, sender_phone_enc, sender_addr_enc,
                    received_on, applied_for, notes, state, registered_by, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(trackingNumber, item.carrier(), cipher.encrypt(item.sender().name()),
                        cipher.encrypt(item.sender().phone()), cipher.encrypt(item.sender().address()), item.receivedOn(),
                        item.appliedFor(), item.notes(), MailItemState.REGISTERED.name(), clerk,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        audit(id, "registerMailItem", clerk, "COUNTER", Map.of(), Map.of("trackingNumber", trackingNumber, "state",
                MailItemState.REGISTERED.name()));
        return id;
    }

    Optional<MailItem> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM postal_mail_item WHERE id = ?").param(id).query(this::row).optional();
    }

    Optional<MailItem> ofCase(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM postal_mail_item WHERE case_number = ?").param(caseNumber)
                .query(this::row).optional();
    }

    /** The items in the state (all, when null), the latest arrivals first. */
    List<MailItem> list(@Nullable MailItemState state, int limit) {
        String order = " ORDER BY received_on DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY";
        if (state == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM postal_mail_item" + order).query(this::row).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM postal_mail_item WHERE state = ?" + order).param(state.name())
                .query(this::row).list();
    }

    /**
     * Moves the item from the state {@code from} only, so two clerks acting at once cannot both succeed.
     *
     * @param action the verb on the audit trail, e.g. {@code returnToSender}
     */
    boolean move(long id, MailItemState from, MailItemState to, @Nullable String caseNumber, @Nullable String reason,
            String action, String actor, String channel) {
        boolean moved = jdbc.sql("UPDATE postal_mail_item SET state = ?, case_number = COALESCE(?, case_number),"
                        + " return_reason = COALESCE(?, return_reason) WHERE id = ? AND state = ?")
                .params(to.name(), caseNumber, reason, id, from.name()).update() == 1;
        if (moved) {
            Map<String, String> after = new LinkedHashMap<>();
            after.put("state", to.name());
            if (caseNumber != null) {
                after.put("case", caseNumber);
            }
            audit(id, action, actor, channel, Map.of("state", from.name()), after);
        }
        return moved;
    }

    private void audit(long id, String action, String actor, String channel, Map<String, String> before,
            Map<String, String> after) {
        events.publishEvent(new AuditedChange("mail-item", String.valueOf(id), action, actor, channel, before, after,
                clock.instant()));
    }

    private MailItem row(ResultSet rs, int n) throws SQLException {
        return new MailItem(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("carrier"),
                new Sender(cipher.decrypt(rs.getString("sender_name_enc")), cipher.decrypt(rs.getString("sender_phone_enc")),
                        cipher.decrypt(rs.getString("sender_addr_enc"))),
                rs.getObject("received_on", LocalDate.class), rs.getString("applied_for"), rs.getString("notes"),
                MailItemState.valueOf(rs.getString("state")), rs.getString("case_number"), rs.getString("return_reason"),
                rs.getString("registered_by"), rs.getObject("registered_at", OffsetDateTime.class).toInstant());
    }
}
