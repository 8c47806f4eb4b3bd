package org.onevisit.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateKeyStoreTests {

    @TempDir
    Path dataDir;

    private final CertificateContent content = new CertificateContent("SCJG-2026-000007", "营业执照", "示例市云帆科技有限公司",
            "91330000MA0000000X", true, "SCJG", LocalDate.of(2026, 10, 12), LocalDate.of(2036, 10, 11), "");

    @Test
    void the_key_pair_is_generated_at_first_start_and_reused_after_a_restart() throws Exception {
        Path keys = dataDir.resolve("keys");
        KeyPair first = new CertificateKeyStore(keys).loadOrCreate();
        KeyPair afterRestart = new CertificateKeyStore(keys).loadOrCreate();

        assertThat(afterRestart.getPublic().getEncoded()).isEqualTo(first.getPublic().getEncoded());
        assertThat(afterRestart.getPrivate().getEncoded()).isEqualTo(first.getPrivate().getEncoded());
        assertThat(Files.readAllBytes(keys.resolve(CertificateKeyStore.PUBLIC_FILE)))
                .isEqualTo(first.getPublic().getEncoded());
        String code = new CertificateSigner(first).sign(content);
        assertThat(new CertificateSigner(afterRestart).verifies(content, code)).isTrue();
        try (var files = Files.list(keys)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(CertificateKeyStore.PRIVATE_FILE, CertificateKeyStore.PUBLIC_FILE);
        }
    }

    @Test
    void only_the_owner_may_read_the_private_key_where_the_file_system_has_permissions() throws Exception {
        Path keys = dataDir.resolve("keys");
        new CertificateKeyStore(keys).loadOrCreate();
        Path privateKey = keys.resolve(CertificateKeyStore.PRIVATE_FILE);
        if (Files.getFileStore(privateKey).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(privateKey))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    void a_key_pair_given_by_configuration_signs_like_the_stored_one() {
        KeyPair stored = new CertificateKeyStore(dataDir).loadOrCreate();
        KeyPair configured = CertificateKeyStore.fromBase64(
                Base64.getEncoder().encodeToString(stored.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(stored.getPublic().getEncoded()));

        assertThat(new CertificateSigner(configured).verifies(content, new CertificateSigner(stored).sign(content)))
                .isTrue();
    }

    @Test
    void a_private_key_and_a_public_key_of_two_pairs_are_refused() {
        KeyPair one = new CertificateKeyStore(dataDir.resolve("one")).loadOrCreate();
        KeyPair other = new CertificateKeyStore(dataDir.resolve("other")).loadOrCreate();
        assertThatThrownBy(() -> new CertificateSigner(new KeyPair(other.getPublic(), one.getPrivate())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_code_signs_the_content_and_altering_any_field_breaks_it() {
        CertificateSigner signer = new CertificateSigner(new CertificateKeyStore(dataDir).loadOrCreate());
        String code = signer.sign(content);
        assertThat(signer.verifies(content, code)).isTrue();

        List<UnaryOperator<CertificateContent>> alterations = List.of(
                c -> new CertificateContent("SCJG-2026-000008", c.type(), c.holderName(), c.holderIdentifier(), c.holderLegalPerson(), c.department(), c.issuedOn(), c.validUntil(), c.conditions()),
                c -> new CertificateContent(c.number(), "食品经营许可证", c.holderName(), c.holderIdentifier(), c.holderLegalPerson(), c.department(), c.issuedOn(), c.validUntil(), c.conditions()),
                c -> new CertificateContent(c.number(), c.type(), "示例市云帆科技有限公司 ", c.holderIdentifier(), c.holderLegalPerson(), c.department(), c.issuedOn(), c.validUntil(), c.conditions()),
                c -> new CertificateContent(c.number(), c.type(), c.holderName(), "91330000MA0000000Y", c.holderLegalPerson(), c.department(), c.issuedOn(), c.validUntil(), c.conditions()),
                c -> new CertificateContent(c.number(), c.type(), c.holderName(), c.holderIdentifier(), false, c.department(), c.issuedOn(), c.validUntil(), c.conditions()),
                c -> new CertificateContent(c.number(), c.type(), c.holderName(), c.holderIdentifier(), c.holderLegalPerson(), "SWJ", c.issuedOn(), c.validUntil(), c.conditions()),
                c -> new CertificateContent(c.number(), c.type(), c.holderName(), c.holderIdentifier(), c.holderLegalPerson(), c.department(), c.issuedOn().minusDays(1), c.validUntil(), c.conditions()),
                c -> new CertificateContent(c.number(), c.type(), c.holderName(), c.holderIdentifier(), c.holderLegalPerson(), c.department(), c.issuedOn(), null, c.conditions()),
                c -> new CertificateContent(c.number(), c.type(), c.holderName(), c.holderIdentifier(), c.holderLegalPerson(), c.department(), c.issuedOn(), c.validUntil(), "仅限堂食"));
        for (UnaryOperator<CertificateContent> alter : alterations) {
            CertificateContent altered = alter.apply(content);
            assertThat(altered).isNotEqualTo(content);
            assertThat(signer.verifies(altered, code)).as(altered.toString()).isFalse();
        }
        assertThat(signer.verifies(content, "not-a-code")).isFalse();
        assertThat(signer.verifies(content, code.substring(1) + "A")).isFalse();
    }
}
