package org.onevisit.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalDataAtRest;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.PersonalDataCipher.Lookup;
import org.onevisit.platform.Reencryption;
import org.onevisit.platform.Reencryption.Column;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The applicants' accounts. The identifier and the phone are stored encrypted and found by their blind indexes; the
 * identifier's index carries the rule of one account per resident ID number or credit code.
 */
@Repository
class Applicants implements PersonalDataAtRest {

    /** An account as stored. */
    record Account(long id, ApplicantKind kind, String identifier, String name, String phone,
            @Nullable String legalRepresentative, String passwordHash, boolean enabled, boolean demo,
            boolean identityVerified) {

        String principal() {
            return ApplicantAccounts.PRINCIPAL_PREFIX + id;
        }

        /** Shows nothing personal, should an account be logged. */
        @Override
        public String toString() {
            return "Account[" + principal() + "]";
        }
    }

    private static final String SELECT = """
            SELECT id, kind, identifier_encrypted, name, phone_encrypted, legal_representative, password_hash, enabled, demo,
                   identity_verified_at
              FROM people_applicant
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    Applicants(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<Account> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::account).optional();
    }

    Optional<Account> byIdentifier(String identifier) {
        return jdbc.sql(SELECT + " WHERE identifier_index = ?").param(cipher.index(Lookup.IDENTIFIER, identifier))
                .query(this::account).optional();
    }

    List<Account> byPhone(String phone) {
        return jdbc.sql(SELECT + " WHERE phone_index = ?").param(cipher.index(Lookup.PHONE, phone))
                .query(this::account).list();
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE people_applicant SET password_hash = ?, version = version + 1 WHERE id = ?")
                .params(passwordHash, id).update();
    }

    void insert(ApplicantKind kind, String identifier, String name, String phone, @Nullable String legalRepresentative,
            String passwordHash, boolean demo, Instant now) {
        jdbc.sql("""
                INSERT INTO people_applicant (kind, identifier_encrypted, identifier_index, name, phone_encrypted,
                                              phone_index, legal_representative, password_hash, enabled, demo,
                                              registered_at, identity_verified_at, identity_verified_by)
                VALUES (:kind, :identifier, :identifierIndex, :name, :phone, :phoneIndex, :representative, :hash, TRUE,
                        :demo, :now, :verifiedAt, :verifiedBy)
                """)
                .param("kind", kind.name()).param("identifier", cipher.encrypt(identifier))
                .param("identifierIndex", cipher.index(Lookup.IDENTIFIER, identifier)).param("name", name)
                .param("phone", cipher.encrypt(phone)).param("phoneIndex", cipher.index(Lookup.PHONE, phone))
                .param("representative", legalRepresentative).param("hash", passwordHash).param("demo", demo)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("verifiedAt", demo ? now.atOffset(ZoneOffset.UTC) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("verifiedBy", demo ? "demo" : null, java.sql.Types.VARCHAR).update();
    }

    /** The account's identity was seen at the counter by {@code clerk}; seen again, the first check stands. */
    void identityVerified(long id, String clerk, Instant now) {
        jdbc.sql("""
                UPDATE people_applicant SET identity_verified_at = ?, identity_verified_by = ?, version = version + 1
                 WHERE id = ? AND identity_verified_at IS NULL""")
                .params(now.atOffset(ZoneOffset.UTC), clerk, id).update();
    }

    /** The account's e-mail address (decrypted) and message language. */
    ApplicantContact contact(Account account) {
        return jdbc.sql("SELECT email_encrypted, language FROM people_applicant WHERE id = ?").param(account.id())
                .query((rs, n) -> new ApplicantContact(account.principal(),
                        cipher.decryptIfPresent(rs.getString(1)), rs.getString(2)))
                .single();
    }

    void updateContact(long id, @Nullable String email, String language) {
        jdbc.sql("UPDATE people_applicant SET email_encrypted = ?, language = ?, version = version + 1 WHERE id = ?")
                .params(cipher.encryptIfPresent(email), language, id).update();
    }

    @Override
    public long reencrypt(Reencryption reencryption) {
        return reencryption.rewrite("people_applicant", "id",
                Column.indexed("identifier_encrypted", "identifier_index", Lookup.IDENTIFIER),
                Column.indexed("phone_encrypted", "phone_index", Lookup.PHONE), Column.of("email_encrypted"));
    }

    private Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), ApplicantKind.valueOf(rs.getString("kind")),
                cipher.decrypt(rs.getString("identifier_encrypted")), rs.getString("name"),
                cipher.decrypt(rs.getString("phone_encrypted")), rs.getString("legal_representative"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("demo"),
                rs.getObject("identity_verified_at") != null);
    }

    /** How many demo applicants can still sign in; who they are is personal data and stays in the table. */
    long countEnabledDemo() {
        return jdbc.sql("SELECT COUNT(*) FROM people_applicant WHERE demo = TRUE AND enabled = TRUE").query(Long.class)
                .single();
    }
}
