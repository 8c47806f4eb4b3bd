package org.onevisit.certificates;

import java.security.KeyPair;
import java.util.Base64;

import org.onevisit.platform.KeyFolder;
import org.onevisit.platform.SigningKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signing key of certificates: the Ed25519 pair {@value #KEY_NAME}{@code .key} (PKCS#8, readable by its owner
 * only) and {@code .pub} (X.509) in the centre's key folder ({@code onevisit.keys.dir}), generated on the first start
 * and reused for good: a new key would make every certificate issued before it unverifiable. Several nodes must all
 * sign with the same key: they share the folder (or copies of these two files), or are given
 * {@code onevisit.certificates.private-key} and {@code onevisit.certificates.public-key} (Base64 of the same
 * encodings), which then win.
 */
@Configuration(proxyBeanMethods = false)
class CertificateConfiguration {

    /** The files' name, as earlier versions wrote them under {@code ${onevisit.data-dir}/keys}: they can be moved over. */
    static final String KEY_NAME = "certificates-ed25519";
    static final String ALGORITHM = "Ed25519";

    @Bean
    CertificateSigner certificateSigner(KeyFolder keys, @Value("${onevisit.certificates.private-key:}") String privateKey,
            @Value("${onevisit.certificates.public-key:}") String publicKey) {
        if (privateKey.isBlank() != publicKey.isBlank()) {
            throw new IllegalStateException(
                    "Give both onevisit.certificates.private-key and onevisit.certificates.public-key, or neither");
        }
        return new CertificateSigner(new SigningKey(privateKey.isBlank() ? keys.keyPair(KEY_NAME, ALGORITHM)
                : fromBase64(privateKey, publicKey)));
    }

    /** A pair given as Base64 of its PKCS#8 and X.509 encodings, e.g. by configuration shared by all nodes. */
    static KeyPair fromBase64(String privateKey, String publicKey) {
        try {
            return KeyFolder.decode(ALGORITHM, Base64.getMimeDecoder().decode(privateKey),
                    Base64.getMimeDecoder().decode(publicKey), "onevisit.certificates.private-key");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("onevisit.certificates.private-key and public-key must be Base64", e);
        }
    }
}
