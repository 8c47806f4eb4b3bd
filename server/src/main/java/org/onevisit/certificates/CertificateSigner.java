package org.onevisit.certificates;

import java.util.Base64;

import org.onevisit.platform.SigningKey;

/**
 * Signs a certificate's {@link CertificateContent#canonical() canonical content} with the centre's Ed25519 key; the
 * verification code (核验码) is the signature in Base64URL without padding. Anyone holding the public key checks a
 * code offline.
 */
final class CertificateSigner {

    private final SigningKey key;

    CertificateSigner(SigningKey key) {
        this.key = key;
    }

    String sign(CertificateContent content) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.sign(content.signedBytes()));
    }

    /** True when the code is the signature of exactly this content; false for any other content or code. */
    boolean verifies(CertificateContent content, String code) {
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(code.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return key.verifies(content.signedBytes(), signature);
    }

    /** The public key, X.509 encoded. */
    byte[] publicKey() {
        return key.publicKey();
    }

    /** Names the key a certificate was signed with ({@link SigningKey#keyId()}). */
    String keyId() {
        return key.keyId();
    }
}
