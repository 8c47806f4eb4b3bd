package org.onevisit.certificates;

/**
 * The public key that verifies certificates offline: Ed25519 over the UTF-8 bytes of the canonical content
 * (see {@link CertificateContent#canonical()}), the code being the signature in Base64URL without padding.
 *
 * @param key the X.509 (SubjectPublicKeyInfo) encoding, Base64
 */
public record VerificationKey(String algorithm, String format, String keyId, String key, String contentFormat) {
}
