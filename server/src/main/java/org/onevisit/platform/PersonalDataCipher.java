package org.onevisit.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts personal data — ID numbers, credit codes, phone numbers, addresses — before it is stored, and computes the
 * blind indexes that find it again (DESIGN decision 8). The keys are the {@link PersonalDataKeys}, outside the
 * database.
 * <p>
 * <b>Encrypted form</b>: {@code pd1:<n>:<base64url(nonce ‖ ciphertext ‖ tag)>}, where {@code pd1} names this format
 * and {@code n} the encryption key. AES-256-GCM with a random 96-bit nonce per value, so one value encrypted twice
 * gives two different texts and equal values cannot be told apart; the header is authenticated with the value, so
 * neither the key number nor any other character can be changed unnoticed: an altered value is refused
 * ({@link PersonalDataUnreadable}), never returned.
 * <p>
 * <b>Blind index</b>: HMAC-SHA256 under the index key over the kind of value and the value in its normal form (trimmed,
 * upper case), cut to its first 16 bytes, in hex. Equal values have equal indexes, so equality lookups and UNIQUE
 * constraints work on the index column, and nothing else does: no ranges, no prefixes. Without the key nobody can
 * compute the index of a guessed number, although ID numbers are few enough to try them all. Why 128 bits: accidental
 * collisions stay beyond reach (about 2^64 values before one is likely), so a UNIQUE constraint never refuses two
 * different people and a lookup finds no stranger; a shorter index, made to collide on purpose, would hide nothing from
 * whoever holds the key — they can index every possible number — and would break those constraints.
 */
public final class PersonalDataCipher {

    /** What a blind index is of: the same text indexes differently as a phone and as an identifier. */
    public enum Lookup {
        /** A resident ID number or a unified social credit code: one namespace, as logins and the counter use it. */
        IDENTIFIER,
        PHONE
    }

    private static final String FORMAT = "pd1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int INDEX_BYTES = 16;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNBASE64 = Base64.getUrlDecoder();
    /**
     * One cipher and one MAC per thread, initialised anew for each value: looking the algorithm up costs several times
     * what encrypting an ID number does. Neither is ever shared between threads.
     */
    private static final ThreadLocal<Cipher> AES = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance(
            "AES/GCM/NoPadding")));
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance("HmacSHA256")));

    private final PersonalDataKeys keys;
    private final boolean configuredIndex;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataKeys keys) {
        this(keys, false);
    }

    private PersonalDataCipher(PersonalDataKeys keys, boolean configuredIndex) {
        this.keys = keys;
        this.configuredIndex = configuredIndex;
    }

    /** The value encrypted with the current key, in the encrypted form above. */
    public String encrypt(String value) {
        int number = keys.currentEncryptionKey();
        String header = FORMAT + number;
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher aes = AES.get();
            aes.init(Cipher.ENCRYPT_MODE, keys.encryptionKey(number), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            byte[] plain = value.getBytes(StandardCharsets.UTF_8);
            ByteBuffer sealed = ByteBuffer.allocate(NONCE_BYTES + aes.getOutputSize(plain.length));
            sealed.put(nonce);
            aes.doFinal(ByteBuffer.wrap(plain), sealed);
            return header + ":" + BASE64.encodeToString(sealed.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to encrypt", e);
        }
    }

    public @Nullable String encryptIfPresent(@Nullable String value) {
        return value == null ? null : encrypt(value);
    }

    /**
     * The value a stored text was encrypted from.
     *
     * @throws PersonalDataUnreadable when the text is not in the encrypted form, names a key the database has not
     *     registered, or was altered
     */
    public String decrypt(String stored) {
        int number = keyNumberOf(stored);
        String header = FORMAT + number;
        byte[] sealed;
        try {
            sealed = UNBASE64.decode(stored.substring(header.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new PersonalDataUnreadable("A stored personal value is not in the encrypted form");
        }
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new PersonalDataUnreadable("A stored personal value is too short to be encrypted");
        }
        try {
            Cipher aes = AES.get();
            aes.init(Cipher.DECRYPT_MODE, keys.encryptionKey(number), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            aes.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            return new String(aes.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new PersonalDataUnreadable("A stored personal value encrypted with " + keys.encryptionKeyName(number)
                    + " fails its authentication: it was altered, or that key file is not the one it was encrypted with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to decrypt", e);
        }
    }

    public @Nullable String decryptIfPresent(@Nullable String stored) {
        return stored == null ? null : decrypt(stored);
    }

    /** Whether a stored text has the encrypted form (it may still fail to decrypt). */
    public static boolean isEncrypted(@Nullable String stored) {
        if (stored == null || !stored.startsWith(FORMAT)) {
            return false;
        }
        int colon = stored.indexOf(':', FORMAT.length());
        return colon > FORMAT.length() && colon - FORMAT.length() <= 6
                && stored.substring(FORMAT.length(), colon).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The blind index of a value: what an equality lookup or a UNIQUE constraint compares instead of the value. */
    public String index(Lookup kind, String value) {
        SecretKey key = configuredIndex ? keys.configuredIndexKey() : keys.indexKeyInUse();
        try {
            Mac hmac = HMAC.get();
            hmac.init(key);
            hmac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
            hmac.update((byte) 0);
            hmac.update(value.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hmac.doFinal(), 0, INDEX_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no HmacSHA256", e);
        }
    }

    private interface Algorithm<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Algorithm<T> algorithm) {
        try {
            return algorithm.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java lacks AES-GCM or HMAC-SHA256", e);
        }
    }

    /** The number of the key a stored text was encrypted with. */
    int keyNumberOf(String stored) {
        if (!isEncrypted(stored)) {
            throw new PersonalDataUnreadable("A stored personal value is not in the encrypted form");
        }
        return Integer.parseInt(stored.substring(FORMAT.length(), stored.indexOf(':', FORMAT.length())));
    }

    /** Whether a stored text is encrypted with the key new values get. */
    boolean current(String stored) {
        return keyNumberOf(stored) == keys.currentEncryptionKey();
    }

    /** This cipher with its blind indexes computed by the configured index key, for recomputing them all. */
    PersonalDataCipher withConfiguredIndexKey() {
        return new PersonalDataCipher(keys, true);
    }
}
