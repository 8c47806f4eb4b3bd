package org.onevisit.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The signature a carrier puts on its status callbacks: {@code hex(HMAC-SHA256(secret, raw body))}, compared in
 * constant time so the comparison tells an attacker nothing about how much of a guess was right. Without a
 * secret no callback is accepted.
 */
public final class CallbackSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte @Nullable [] secret;

    private CallbackSignature(byte @Nullable [] secret) {
        this.secret = secret;
    }

    /** The signature check for a configured secret; a blank or missing one accepts nothing. */
    public static CallbackSignature of(@Nullable String secret) {
        return new CallbackSignature(secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8));
    }

    public boolean enabled() {
        return secret != null;
    }

    /** Whether {@code signature} (hex, either case) signs {@code body}; false for any malformed signature. */
    public boolean verifies(byte[] body, @Nullable String signature) {
        if (secret == null || signature == null) {
            return false;
        }
        byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** The signature of {@code body}, as a carrier computes it. */
    public String sign(byte[] body) {
        if (secret == null) {
            throw new IllegalStateException("No callback secret is configured");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
