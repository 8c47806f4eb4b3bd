package org.onevisit.certificates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onevisit.platform.PersonalDataAtRest;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.PersonalDataCipher.Lookup;
import org.onevisit.platform.Reencryption;
import org.onevisit.platform.Reencryption.Column;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores certificates, their revocations and their reuses. Rows are never deleted. The holder's identifier is stored
 * encrypted, and a holder's certificates are found by its blind index.
 */
@Repository
class Certificates implements PersonalDataAtRest {

    private static final String COLUMNS = """
            number, certificate_type, holder_name, holder_identifier_encrypted, holder_legal_person, department,
            issued_on, valid_until, conditions, code, key_id, case_number, item_code, revoked_at, revoked_by,
            revocation_reason""";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    Certificates(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Certificate certificate, Instant at) {
        insert(certificate, at, 1);
    }

    /**
     * Stores the certificate as the item's {@code edition}: 1 for the certificate of its decision, the next for one
     * issued again on a corrected decision. The unique key refuses a second certificate of the same edition.
     */
    void insert(Certificate certificate, Instant at, int edition) {
        CertificateContent c = certificate.content();
        jdbc.sql("""
                INSERT INTO certificate (number, case_number, item_code, certificate_type, holder_name,
                    holder_identifier_encrypted, holder_identifier_index, holder_legal_person, department, issued_on,
                    valid_until, conditions, code, key_id, created_at, edition)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.number(), certificate.caseNumber(), certificate.itemCode(), c.type(), c.holderName(),
                        cipher.encrypt(c.holderIdentifier()), cipher.index(Lookup.IDENTIFIER, c.holderIdentifier()),
                        c.holderLegalPerson(), c.department(), c.issuedOn(), c.validUntil(),
                        c.conditions(), certificate.code(), certificate.keyId(), utc(at), edition)
                .update();
    }

    /** The item's newest edition so far; 0 when it has no certificate. */
    int lastEdition(String caseNumber, String itemCode) {
        return jdbc.sql("SELECT COALESCE(MAX(edition), 0) FROM certificate WHERE case_number = ? AND item_code = ?")
                .params(caseNumber, itemCode).query(Integer.class).single();
    }

    boolean existsFor(String caseNumber, String itemCode) {
        return jdbc.sql("SELECT COUNT(*) FROM certificate WHERE case_number = ? AND item_code = ?")
                .params(caseNumber, itemCode).query(Long.class).single() > 0;
    }

    Optional<Certificate> find(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE number = ?").param(number)
                .query(this::read).optional();
    }

    /** The item's newest certificate: the one issued again on a corrected decision, if any. */
    Optional<Certificate> findFor(String caseNumber, String itemCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE case_number = ? AND item_code = ?"
                        + " ORDER BY edition DESC FETCH FIRST 1 ROWS ONLY")
                .params(caseNumber, itemCode).query(this::read).optional();
    }

    /** The case's certificates not revoked yet. */
    List<Certificate> unrevokedOfCase(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE case_number = ? AND revoked_at IS NULL ORDER BY id")
                .param(caseNumber).query(this::read).list();
    }

    /** Every certificate of the case, revoked ones too, in the order issued. */
    List<Certificate> ofCase(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE case_number = ? ORDER BY id")
                .param(caseNumber).query(this::read).list();
    }

    /** Every certificate issued to the holder, revoked and expired ones too, newest first; at most {@code limit}. */
    List<Certificate> ofHolder(String holderIdentifier, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE holder_identifier_index = ?"
                        + " ORDER BY issued_on DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param(cipher.index(Lookup.IDENTIFIER, holderIdentifier)).query(this::read).list();
    }

    /** The holder's unrevoked certificates still valid on the day, newest first. */
    List<Certificate> validOf(String holderIdentifier, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM certificate WHERE holder_identifier_index = ? AND revoked_at IS NULL AND issued_on <= ?
                   AND (valid_until IS NULL OR valid_until >= ?)
                 ORDER BY issued_on DESC, id DESC""")
                .params(cipher.index(Lookup.IDENTIFIER, holderIdentifier), on, on).query(this::read).list();
    }

    /** Records the revocation unless it was revoked already; false then. */
    boolean revoke(String number, Revocation revocation) {
        return jdbc.sql("""
                UPDATE certificate SET revoked_at = ?, revoked_by = ?, revocation_reason = ?
                WHERE number = ? AND revoked_at IS NULL""")
                .params(utc(revocation.revokedAt()), revocation.revokedBy(), revocation.reason(), number)
                .update() == 1;
    }

    /** Records one reuse of the certificate by a case; false when that case had reused it already. */
    boolean recordReuse(String number, String caseNumber, Instant at) {
        return jdbc.sql("""
                INSERT INTO certificate_reuse (certificate_number, case_number, recorded_at)
                SELECT ?, ?, ? FROM certificate WHERE number = ?
                  AND NOT EXISTS (SELECT 1 FROM certificate_reuse WHERE certificate_number = ? AND case_number = ?)""")
                .params(number, caseNumber, utc(at), number, number, caseNumber)
                .update() == 1;
    }

    long reuseCount() {
        return jdbc.sql("SELECT COUNT(*) FROM certificate_reuse").query(Long.class).single();
    }

    @Override
    public long reencrypt(Reencryption reencryption) {
        return reencryption.rewrite("certificate", "id",
                Column.indexed("holder_identifier_encrypted", "holder_identifier_index", Lookup.IDENTIFIER));
    }

    private Certificate read(ResultSet rs, int row) throws SQLException {
        CertificateContent content = new CertificateContent(rs.getString("number"), rs.getString("certificate_type"),
                rs.getString("holder_name"), cipher.decrypt(rs.getString("holder_identifier_encrypted")),
                rs.getBoolean("holder_legal_person"),
                rs.getString("department"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), rs.getString("conditions"));
        OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
        Revocation revocation = revokedAt == null ? null
                : new Revocation(rs.getString("revocation_reason"), rs.getString("revoked_by"), revokedAt.toInstant());
        return new Certificate(content, rs.getString("code"), rs.getString("key_id"), rs.getString("case_number"),
                rs.getString("item_code"), revocation);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
