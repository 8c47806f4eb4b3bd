package org.onevisit.certificates;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs a certificate's {@link CertificateContent#canonical() canonical content} with Ed25519; the verification
 * code (核验码) is the signature in Base64URL without padding. Anyone holding the public key checks a code offline.
 */
final class CertificateSigner {

    private static final byte[] PROBE = "onevisit".getBytes(StandardCharsets.UTF_8);

    private final KeyPair keys;
    private final String keyId;

    CertificateSigner(KeyPair keys) {
        this.keys = keys;
        if (!verifies(PROBE, sign(PROBE))) {
            throw new IllegalStateException("The certificate private key and public key do not belong together");
        }
        this.keyId = fingerprint(keys.getPublic().getEncoded());
    }

    String sign(CertificateContent content) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sign(content.signedBytes()));
    }

    /** True when the code is the signature of exactly this content; false for any other content or code. */
    boolean verifies(CertificateContent content, String code) {
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(code.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return signature.length == 64 && verifies(content.signedBytes(), signature);
    }

    /** The public key, X.509 encoded. */
    byte[] publicKey() {
        return keys.getPublic().getEncoded();
    }

    /** The first 16 hex digits of the public key's SHA-256: names the key a certificate was signed with. */
    String keyId() {
        return keyId;
    }

    private byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance(CertificateKeyStore.ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A certificate could not be signed", e);
        }
    }

    private boolean verifies(byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(CertificateKeyStore.ALGORITHM);
            verifier.initVerify(keys.getPublic());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String fingerprint(byte[] publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
