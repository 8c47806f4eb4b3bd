package org.onevisit.certificates;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signing key of certificates. By default one pair under {@code ${onevisit.data-dir}/keys}, generated on
 * first start. Several nodes must all sign with the same key: give them {@code onevisit.certificates.private-key}
 * and {@code onevisit.certificates.public-key} (Base64 of the PKCS#8 and X.509 encodings), which then win.
 */
@Configuration(proxyBeanMethods = false)
class CertificateConfiguration {

    @Bean
    CertificateSigner certificateSigner(@Value("${onevisit.data-dir}") String dataDir,
            @Value("${onevisit.certificates.private-key:}") String privateKey,
            @Value("${onevisit.certificates.public-key:}") String publicKey) {
        if (privateKey.isBlank() != publicKey.isBlank()) {
            throw new IllegalStateException(
                    "Give both onevisit.certificates.private-key and onevisit.certificates.public-key, or neither");
        }
        return new CertificateSigner(privateKey.isBlank()
                ? new CertificateKeyStore(Path.of(dataDir, "keys")).loadOrCreate()
                : CertificateKeyStore.fromBase64(privateKey, publicKey));
    }
}
