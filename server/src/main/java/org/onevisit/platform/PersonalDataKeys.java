package org.onevisit.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalDataKeyRegister.Purpose;
import org.onevisit.platform.PersonalDataKeyRegister.Registered;
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
        Map<Integer, SecretKey> encryption = new HashMap<>();
        Map<Integer, SecretKey> index = new HashMap<>();
        Integer inUse = null;
        for (Registered r : PersonalDataKeyRegister.read(connection)) {
            byte[] secret = verified(r);
            (r.purpose() == Purpose.ENCRYPTION ? encryption : index).put(r.number(), key(r.purpose(), secret));
            inUse = r.purpose() == Purpose.INDEX && r.inUse() ? Integer.valueOf(r.number()) : inUse;
        }
        if (!encryption.containsKey(encryptionKey)) {
            encryption.put(encryptionKey, register(connection, Purpose.ENCRYPTION, encryptionKey, false));
        }
        if (!index.containsKey(indexKey)) {
            index.put(indexKey, register(connection, Purpose.INDEX, indexKey, inUse == null));
        } else if (inUse == null) {
            PersonalDataKeyRegister.markInUse(connection, Purpose.INDEX.name(indexKey));
        }
        if (inUse != null && inUse != indexKey) {
            log.warn("Blind indexes are computed with {} while {} names {}: they change over when reencrypt-personal-data"
                    + " has recomputed them", Purpose.INDEX.name(inUse), INDEX_KEY_SETTING, Purpose.INDEX.name(indexKey));
        }
        checked = new Checked(Map.copyOf(encryption), Map.copyOf(index), inUse == null ? indexKey : inUse);
    }

    /** The number of the key new values are encrypted with. */
    int currentEncryptionKey() {
        checked();
        return encryptionKey;
    }

    SecretKey encryptionKey(int number) {
        SecretKey key = checked().encryption().get(number);
        if (key == null) {
            throw new PersonalDataUnreadable("A value names the encryption key " + Purpose.ENCRYPTION.name(number)
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
        PersonalDataKeyRegister.markInUse(connection, Purpose.INDEX.name(indexKey));
        checked = new Checked(c.encryption(), c.index(), indexKey);
    }

    /**
     * Forgets every key but the current encryption key and the index key in use, once nothing is stored under the
     * others: from then on their files are no longer needed to start (keep them with the backups made before).
     */
    synchronized void retireOthers(Connection connection) throws SQLException {
        PersonalDataKeyRegister.retireAllBut(connection, Purpose.ENCRYPTION.name(encryptionKey));
    }

    String encryptionKeyName(int number) {
        return Purpose.ENCRYPTION.name(number);
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

    private SecretKey register(Connection connection, Purpose purpose, int number, boolean inUse) throws SQLException {
        String name = purpose.name(number);
        byte[] secret = folder.secret(name, KEY_BYTES);
        PersonalDataKeyRegister.add(connection, new Registered(name, purpose, checkValue(secret), inUse), clock.instant());
        log.info("Registered the personal-data key {} ({})", name, purpose.name().toLowerCase(Locale.ROOT));
        return key(purpose, secret);
    }

    private static SecretKey key(Purpose purpose, byte[] secret) {
        return new SecretKeySpec(secret, purpose == Purpose.ENCRYPTION ? "AES" : "HmacSHA256");
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
