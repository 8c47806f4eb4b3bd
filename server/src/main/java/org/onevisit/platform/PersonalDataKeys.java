package org.onevisit.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys that protect personal data at rest (DESIGN decision 8), kept in the {@link KeyFolder} apart from the
 * database: encryption keys {@code personal-data-<n>} (AES-256) and blind-index keys {@code personal-data-index-<n>}
 * (HMAC-SHA256), 32 random bytes each.
 * <ul>
 * <li>New values are encrypted with the configured encryption key ({@code onevisit.personal-data.encryption-key});
 * each ciphertext names its key, so values written under an older key stay readable while its file is kept.</li>
 * <li>Blind indexes are computed with the index key the database records as in use: only that one finds what is
 * stored. A newly configured index key ({@code onevisit.personal-data.index-key}) takes over when
 * {@code reencrypt-personal-data} has recomputed every index.</li>
 * </ul>
 * The database records each key it holds data under with a check value (an HMAC of a fixed text under the key, which
 * reveals nothing of it), and {@link #checkAgainst} compares: a missing or different key file stops the start with a
 * {@link PersonalDataKeyProblem} instead of data that can never be read again. A key is generated only when the
 * database has never seen it. Nothing is usable before the check.
 */
public final class PersonalDataKeys {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);

    static final String ENCRYPTION_KEY_SETTING = "onevisit.personal-data.encryption-key";
    static final String INDEX_KEY_SETTING = "onevisit.personal-data.index-key";
    private static final int KEY_BYTES = 32;
    private static final byte[] CHECK_TEXT = "OneVisit personal-data key check".getBytes(StandardCharsets.US_ASCII);

    private enum Purpose {
        ENCRYPTION("personal-data-"), INDEX("personal-data-index-");

        private final String prefix;

        Purpose(String prefix) {
            this.prefix = prefix;
        }
    }

    private record Registered(String name, Purpose purpose, String checkValue, boolean inUse) {
    }

    /** What the check found: every registered key, by purpose and number, and the index key in use. */
    private record Checked(Map<Integer, SecretKey> encryption, Map<Integer, SecretKey> index, int indexInUse) {
    }

    private final KeyFolder folder;
    private final int encryptionKey;
    private final int indexKey;
    private final Clock clock;
    private volatile @Nullable Checked checked;

    public PersonalDataKeys(KeyFolder folder, int encryptionKey, int indexKey, Clock clock) {
        if (encryptionKey < 1) {
            throw PersonalDataKeyProblem.badNumber(ENCRYPTION_KEY_SETTING, encryptionKey);
        }
        if (indexKey < 1) {
            throw PersonalDataKeyProblem.badNumber(INDEX_KEY_SETTING, indexKey);
        }
        this.folder = folder;
        this.encryptionKey = encryptionKey;
        this.indexKey = indexKey;
        this.clock = clock;
    }

    /**
     * Compares the key folder with the keys the database registered, and registers the configured keys it has not
     * seen yet (generating their files if there are none). Runs on the connection given, in its transaction if any:
     * by the migration that first encrypts, and at every start after the migrations.
     *
     * @throws PersonalDataKeyProblem when a registered key's file is missing or differs
     */
    public synchronized void checkAgainst(Connection connection) throws SQLException {
        try {
            check(connection);
        } catch (SQLException registeredMeanwhile) {
            if (!connection.getAutoCommit()) {
                throw registeredMeanwhile;
            }
            // another node registered the same key at the same moment: compare with what it registered
            check(connection);
        }
    }

    private void check(Connection connection) throws SQLException {
        List<Registered> registered = registered(connection);
        Map<Integer, SecretKey> encryption = new HashMap<>();
        Map<Integer, SecretKey> index = new HashMap<>();
        Integer inUse = null;
        for (Registered r : registered) {
            byte[] secret = verified(r);
            int number = numberOf(r);
            if (r.purpose() == Purpose.ENCRYPTION) {
                encryption.put(number, new SecretKeySpec(secret, "AES"));
            } else {
                index.put(number, new SecretKeySpec(secret, "HmacSHA256"));
                if (r.inUse()) {
                    inUse = number;
                }
            }
        }
        if (!encryption.containsKey(encryptionKey)) {
            encryption.put(encryptionKey, new SecretKeySpec(register(connection, Purpose.ENCRYPTION, encryptionKey, false), "AES"));
        }
        if (!index.containsKey(indexKey)) {
            index.put(indexKey, new SecretKeySpec(register(connection, Purpose.INDEX, indexKey, inUse == null), "HmacSHA256"));
        } else if (inUse == null) {
            markInUse(connection, indexKey);
        }
        if (inUse == null) {
            inUse = indexKey;
        } else if (inUse != indexKey) {
            log.warn("Blind indexes are computed with {} while {} names {}: they change over when reencrypt-personal-data"
                    + " has recomputed them", name(Purpose.INDEX, inUse), INDEX_KEY_SETTING, name(Purpose.INDEX, indexKey));
        }
        checked = new Checked(Map.copyOf(encryption), Map.copyOf(index), inUse);
    }

    /** The number of the key new values are encrypted with. */
    int currentEncryptionKey() {
        checked();
        return encryptionKey;
    }

    SecretKey encryptionKey(int number) {
        SecretKey key = checked().encryption().get(number);
        if (key == null) {
            throw new PersonalDataUnreadable("A value names the encryption key " + name(Purpose.ENCRYPTION, number)
                    + ", which the database has not registered");
        }
        return key;
    }

    /** The key the stored blind indexes are computed with. */
    SecretKey indexKeyInUse() {
        Checked c = checked();
        return c.index().get(c.indexInUse());
    }

    /** The configured index key, which differs from the one in use only until the indexes are recomputed. */
    SecretKey configuredIndexKey() {
        return checked().index().get(indexKey);
    }

    boolean indexKeyChanging() {
        return checked().indexInUse() != indexKey;
    }

    /** Records that every blind index is now computed with the configured index key. */
    synchronized void useConfiguredIndexKey(Connection connection) throws SQLException {
        Checked c = checked();
        markInUse(connection, indexKey);
        checked = new Checked(c.encryption(), c.index(), indexKey);
    }

    /**
     * Forgets every key but the current encryption key and the index key in use, once nothing is stored under the
     * others: from then on their files are no longer needed to start (keep them with the backups made before).
     */
    synchronized void retireOthers(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                DELETE FROM personal_data_key
                WHERE (purpose = 'ENCRYPTION' AND name <> ?) OR (purpose = 'INDEX' AND in_use = FALSE)""")) {
            s.setString(1, name(Purpose.ENCRYPTION, encryptionKey));
            s.executeUpdate();
        }
    }

    private static void markInUse(Connection connection, int indexKey) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE personal_data_key SET in_use = (name = ?) WHERE purpose = 'INDEX'")) {
            s.setString(1, name(Purpose.INDEX, indexKey));
            s.executeUpdate();
        }
    }

    String encryptionKeyName(int number) {
        return name(Purpose.ENCRYPTION, number);
    }

    private Checked checked() {
        Checked c = checked;
        if (c == null) {
            throw new IllegalStateException("The personal-data keys are used before they were checked against the database");
        }
        return c;
    }

    private byte[] verified(Registered r) {
        if (!folder.has(r.name())) {
            throw PersonalDataKeyProblem.missing(folder.directory().resolve(r.name() + ".key"));
        }
        byte[] secret = folder.secret(r.name(), KEY_BYTES);
        if (!checkValue(secret).equals(r.checkValue())) {
            throw PersonalDataKeyProblem.wrong(folder.directory().resolve(r.name() + ".key"));
        }
        return secret;
    }

    private byte[] register(Connection connection, Purpose purpose, int number, boolean inUse) throws SQLException {
        String name = name(purpose, number);
        byte[] secret = folder.secret(name, KEY_BYTES);
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO personal_data_key (name, purpose, check_value, in_use, registered_at) VALUES (?, ?, ?, ?, ?)""")) {
            s.setString(1, name);
            s.setString(2, purpose.name());
            s.setString(3, checkValue(secret));
            s.setBoolean(4, inUse);
            s.setObject(5, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
            s.executeUpdate();
        }
        log.info("Registered the personal-data key {} ({})", name, purpose.name().toLowerCase(java.util.Locale.ROOT));
        return secret;
    }

    private static List<Registered> registered(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT name, purpose, check_value, in_use FROM personal_data_key ORDER BY name");
                ResultSet rs = s.executeQuery()) {
            List<Registered> keys = new java.util.ArrayList<>();
            while (rs.next()) {
                keys.add(new Registered(rs.getString(1), Purpose.valueOf(rs.getString(2)), rs.getString(3).strip(),
                        rs.getBoolean(4)));
            }
            return keys;
        }
    }

    private static int numberOf(Registered r) {
        return Integer.parseInt(r.name().substring(r.purpose().prefix.length()));
    }

    private static String name(Purpose purpose, int number) {
        return purpose.prefix + number;
    }

    /** The first 16 bytes of HMAC-SHA256(key, a fixed text), in hex: tells keys apart without revealing them. */
    static String checkValue(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(CHECK_TEXT), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no HmacSHA256", e);
        }
    }
}
