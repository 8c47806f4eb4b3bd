package org.onevisit.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalDataAtRest;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.Reencryption;
import org.onevisit.platform.Reencryption.Column;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores deliveries; every update names the version it read, so two clerks cannot overwrite each other. The
 * recipient's phone and address are stored encrypted.
 */
@Repository
class DeliveryRecords implements PersonalDataAtRest {

    private static final String COLUMNS = """
            id, case_number, status, method, recipient, recipient_phone_encrypted, address_encrypted, carrier,
            tracking_number, handed_over_by, closed_at, created_at, version""";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    DeliveryRecords(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * Inserts the delivery of the results of {@code items} ({@code code@version}) unless its case has one already; true
     * when inserted.
     */
    boolean insertIfAbsent(Delivery d, java.util.List<String> items) {
        return jdbc.sql("""
                INSERT INTO delivery (case_number, status, created_at, version, items)
                SELECT ?, ?, ?, 0, ? FROM (VALUES (0)) AS one(x)
                WHERE NOT EXISTS (SELECT 1 FROM delivery WHERE case_number = ?)""")
                .params(d.caseNumber(), d.status().name(), utc(d.createdAt()), String.join(",", items), d.caseNumber())
                .update() == 1;
    }

    /** The items ({@code code@version}) whose results the case's delivery hands over. */
    java.util.List<String> itemsOf(String caseNumber) {
        String items = jdbc.sql("SELECT items FROM delivery WHERE case_number = ?").param(caseNumber).query(String.class)
                .optional().orElse("");
        return items.isEmpty() ? java.util.List.of() : java.util.List.of(items.split(","));
    }

    boolean update(Delivery d) {
        Address to = d.to();
        var shipment = d.shipment();
        return jdbc.sql("""
                UPDATE delivery SET status = ?, method = ?, recipient = ?, recipient_phone_encrypted = ?,
                    address_encrypted = ?, carrier = ?, tracking_number = ?, handed_over_by = ?, closed_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.status().name(), d.method() == null ? null : d.method().name(),
                        to == null ? null : to.recipient(), to == null ? null : cipher.encrypt(to.phone()),
                        to == null ? null : cipher.encrypt(to.address()),
                        shipment == null ? null : shipment.carrier(), shipment == null ? null : shipment.trackingNumber(),
                        d.handedOverBy(), utc(d.closedAt()), d.id(), d.version())
                .update() == 1;
    }

    Optional<Delivery> find(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delivery WHERE case_number = ?").param(caseNumber)
                .query(this::delivery).optional();
    }

    Optional<Delivery> byTrackingNumber(String trackingNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delivery WHERE tracking_number = ?").param(trackingNumber)
                .query(this::delivery).optional();
    }

    boolean trackingNumberTaken(String trackingNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE tracking_number = ?").param(trackingNumber)
                .query(Long.class).single() > 0;
    }

    /** The deliveries in a state, the oldest first. */
    List<Delivery> inStatus(DeliveryStatus status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delivery WHERE status = ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")
                .param(status.name()).query(this::delivery).list();
    }

    @Override
    public long reencrypt(Reencryption reencryption) {
        return reencryption.rewrite("delivery", "id", Column.of("recipient_phone_encrypted"), Column.of("address_encrypted"));
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private Delivery delivery(ResultSet rs, int n) throws SQLException {
        String method = rs.getString("method");
        String recipient = rs.getString("recipient");
        String carrier = rs.getString("carrier");
        OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
        return new Delivery(rs.getLong("id"), rs.getString("case_number"),
                DeliveryStatus.valueOf(rs.getString("status")),
                method == null ? null : DeliveryMethod.valueOf(method),
                recipient == null ? null
                        : new Address(recipient, cipher.decrypt(rs.getString("recipient_phone_encrypted")),
                                cipher.decrypt(rs.getString("address_encrypted"))),
                carrier == null ? null : new Shipment(carrier, rs.getString("tracking_number")),
                rs.getString("handed_over_by"),
                closedAt == null ? null : closedAt.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }
}
