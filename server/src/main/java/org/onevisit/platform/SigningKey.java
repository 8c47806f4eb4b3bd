package org.onevisit.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.interfaces.EdECPrivateKey;
import java.util.HexFormat;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 key pair of the centre that signs bytes and checks signatures, such as certificates' verification codes
 * and the audit trail's checkpoints. The keys are kept as the JDK's ({@link KeyFolder}); signing and checking use
 * Bouncy Castle's Ed25519, which gives the same signatures as the JDK's about twenty times faster. A key is named by
 * its {@link #keyId() key id}, so that a signature says which key made it.
 */
public final class SigningKey {

    private static final byte[] PROBE = "onevisit".getBytes(StandardCharsets.UTF_8);

    private final byte[] publicKey;
    private final Ed25519PrivateKeyParameters privateParameters;
    private final Ed25519PublicKeyParameters publicParameters;
    private final String keyId;

    /** @throws IllegalStateException when the private key is unreadable or the two keys do not belong together */
    public SigningKey(KeyPair keys) {
        this.publicKey = keys.getPublic().getEncoded();
        this.privateParameters = new Ed25519PrivateKeyParameters(((EdECPrivateKey) keys.getPrivate()).getBytes()
                .orElseThrow(() -> new IllegalStateException("The private key cannot be read")), 0);
        this.publicParameters = new Ed25519PublicKeyParameters(SubjectPublicKeyInfo.getInstance(publicKey)
                .getPublicKeyData().getBytes(), 0);
        if (!verifies(PROBE, sign(PROBE))) {
            throw new IllegalStateException("The private key and the public key do not belong together");
        }
        this.keyId = fingerprint(publicKey);
    }

    /** The 64-byte Ed25519 signature of {@code data}. */
    public byte[] sign(byte[] data) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateParameters);
        signer.update(data, 0, data.length);
        return signer.generateSignature();
    }

    /** True when {@code signature} is this key's signature of exactly {@code data}. */
    public boolean verifies(byte[] data, byte[] signature) {
        if (signature.length != Ed25519PrivateKeyParameters.SIGNATURE_SIZE) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, publicParameters);
        verifier.update(data, 0, data.length);
        return verifier.verifySignature(signature);
    }

    /** The public key, X.509 encoded. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The first 16 hex digits of the public key's SHA-256. */
    public String keyId() {
        return keyId;
    }

    private static String fingerprint(byte[] publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
