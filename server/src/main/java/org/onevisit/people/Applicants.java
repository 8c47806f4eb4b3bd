package org.onevisit.people;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applicants' accounts. */
@Repository
class Applicants {

    /** An account as stored. */
    record Account(long id, ApplicantKind kind, String identifier, String name, String phone,
            @Nullable String legalRepresentative, String passwordHash, boolean enabled, boolean demo) {

        String principal() {
            return ApplicantAccounts.PRINCIPAL_PREFIX + id;
        }
    }

    private static final String SELECT = """
            SELECT id, kind, identifier, name, phone, legal_representative, password_hash, enabled, demo
              FROM people_applicant
            """;

    private final JdbcClient jdbc;

    Applicants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Account.class).optional();
    }

    Optional<Account> byIdentifier(String identifier) {
        return jdbc.sql(SELECT + " WHERE identifier = ?").param(identifier).query(Account.class).optional();
    }

    List<Account> byPhone(String phone) {
        return jdbc.sql(SELECT + " WHERE phone = ?").param(phone).query(Account.class).list();
    }

    void insert(ApplicantKind kind, String identifier, String name, String phone, @Nullable String legalRepresentative,
            String passwordHash, boolean demo, Instant now) {
        jdbc.sql("""
                INSERT INTO people_applicant (kind, identifier, name, phone, legal_representative, password_hash,
                                              enabled, demo, registered_at)
                VALUES (:kind, :identifier, :name, :phone, :representative, :hash, TRUE, :demo, :now)
                """)
                .param("kind", kind.name()).param("identifier", identifier).param("name", name).param("phone", phone)
                .param("representative", legalRepresentative).param("hash", passwordHash).param("demo", demo)
                .param("now", now.atOffset(ZoneOffset.UTC)).update();
    }

    /** How many demo applicants can still sign in; who they are is personal data and stays in the table. */
    long countEnabledDemo() {
        return jdbc.sql("SELECT COUNT(*) FROM people_applicant WHERE demo = TRUE AND enabled = TRUE").query(Long.class)
                .single();
    }
}
