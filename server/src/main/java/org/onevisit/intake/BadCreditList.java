package org.onevisit.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onevisit.people.ResidentIdNumber;
import org.onevisit.platform.Limits;
import org.onevisit.platform.PersonalData;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.PersonalDataCipher.Lookup;
import org.onevisit.platform.ReadOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bad-credit list (失信名单) administrators keep: applicants on it cannot be accepted on a pledge (容缺). An entry's
 * identifier is stored encrypted and found by its blind index.
 */
@Service
public class BadCreditList {

    /** An entry as administrators see it, in the centre's time; a natural person's ID number masked. */
    public record Entry(String identifier, String reason, String addedBy, java.time.LocalDateTime addedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalDataCipher cipher;

    BadCreditList(JdbcClient jdbc, Clock clock, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    @ReadOnly
    public boolean contains(String identifier) {
        return jdbc.sql("SELECT COUNT(*) FROM intake_bad_credit WHERE identifier_index = ?").param(index(identifier))
                .query(Integer.class).single() > 0;
    }

    @Transactional
    public void add(String identifier, String reason, String by) {
        Limits.bounded("reason", reason, Limits.REMARK);
        if (!contains(identifier)) {
            jdbc.sql("""
                    INSERT INTO intake_bad_credit (identifier_index, identifier_encrypted, reason, added_by, added_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(index(identifier), cipher.encrypt(identifier), reason, by,
                            OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                    .update();
        }
    }

    @Transactional
    public boolean remove(String identifier) {
        return jdbc.sql("DELETE FROM intake_bad_credit WHERE identifier_index = ?").param(index(identifier)).update() == 1;
    }

    @ReadOnly
    public List<Entry> entries() {
        return jdbc.sql("""
                SELECT identifier_encrypted, reason, added_by, added_at FROM intake_bad_credit ORDER BY added_at DESC""")
                .query((rs, n) -> new Entry(mask(cipher.decrypt(rs.getString("identifier_encrypted"))),
                        rs.getString("reason"), rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class)
                                .atZoneSameInstant(clock.getZone()).toLocalDateTime()))
                .list();
    }

    private String index(String identifier) {
        return cipher.index(Lookup.IDENTIFIER, identifier);
    }

    /** A person's ID number is masked; an organisation's credit code is public. */
    private String mask(String identifier) {
        return ResidentIdNumber.problem(identifier, clock).isEmpty() ? PersonalData.idNumber(identifier) : identifier;
    }
}
