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
import org.onevisit.platform.KeyFolder;

/**
 * The certificate signing key lives in the centre's key folder, apart from the data, under the file names earlier
 * versions used, or is given to several nodes by configuration.
 */
class CertificateKeysTests {

    @TempDir
    Path directory;

    private final CertificateContent content = new CertificateContent("SCJG-2026-000007", "营业执照", "示例市云帆科技有限公司",
            "91330000MA0000000X", true, "SCJG", LocalDate.of(2026, 10, 12), LocalDate.of(2036, 10, 11), "");

    private CertificateSigner signer(Path keys) {
        return new CertificateConfiguration().certificateSigner(new KeyFolder(keys), "", "");
    }

    @Test
    void the_key_pair_is_generated_in_the_key_folder_at_first_start_and_reused_after_a_restart() throws Exception {
        Path keys = directory.resolve("keys");
        CertificateSigner first = signer(keys);
        CertificateSigner afterRestart = signer(keys);

        assertThat(afterRestart.keyId()).isEqualTo(first.keyId());
        assertThat(Files.readAllBytes(keys.resolve("certificates-ed25519.pub"))).isEqualTo(first.publicKey());
        assertThat(afterRestart.verifies(content, first.sign(content))).isTrue();
        try (var files = Files.list(keys)) {
            // the folder's lock file, which nodes starting together hold while one of them makes a key (ADR 0056), aside
            assertThat(files.map(p -> p.getFileName().toString()).filter(name -> !name.equals(".generating.lock")))
                    .containsExactlyInAnyOrder("certificates-ed25519.key", "certificates-ed25519.pub");
        }
    }

    @Test
    void only_the_owner_may_read_the_private_key() throws Exception {
        Path keys = directory.resolve("keys");
        signer(keys);
        assertThat(Files.getPosixFilePermissions(keys.resolve("certificates-ed25519.key")))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void the_files_of_an_earlier_version_moved_into_the_key_folder_go_on_signing() throws Exception {
        Path oldKeys = directory.resolve("data/keys");
        CertificateSigner earlier = signer(oldKeys);
        String code = earlier.sign(content);
        Path keys = Files.createDirectories(directory.resolve("keys"));
        for (String file : List.of("certificates-ed25519.key", "certificates-ed25519.pub")) {
            Files.move(oldKeys.resolve(file), keys.resolve(file));
        }

        CertificateSigner moved = signer(keys);

        assertThat(moved.keyId()).isEqualTo(earlier.keyId());
        assertThat(moved.verifies(content, code)).isTrue();
    }

    @Test
    void a_key_pair_given_by_configuration_wins_and_signs_like_the_stored_one() {
        KeyPair stored = new KeyFolder(directory).keyPair("certificates-ed25519", "Ed25519");
        CertificateSigner configured = new CertificateConfiguration().certificateSigner(
                new KeyFolder(directory.resolve("elsewhere")),
                Base64.getEncoder().encodeToString(stored.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(stored.getPublic().getEncoded()));

        assertThat(configured.verifies(content, signer(directory).sign(content))).isTrue();
        assertThat(Files.exists(directory.resolve("elsewhere"))).isFalse();
    }

    @Test
    void a_private_key_and_a_public_key_of_two_pairs_are_refused() {
        KeyPair one = new KeyFolder(directory.resolve("one")).keyPair("certificates-ed25519", "Ed25519");
        KeyPair other = new KeyFolder(directory.resolve("other")).keyPair("certificates-ed25519", "Ed25519");
        assertThatThrownBy(() -> new CertificateConfiguration().certificateSigner(new KeyFolder(directory),
                Base64.getEncoder().encodeToString(one.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(other.getPublic().getEncoded())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("do not belong together");
    }

    @Test
    void only_one_half_of_a_configured_pair_is_refused() {
        assertThatThrownBy(() -> new CertificateConfiguration().certificateSigner(new KeyFolder(directory), "AAAA", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both");
    }

    @Test
    void the_code_signs_the_content_and_altering_any_field_breaks_it() {
        CertificateSigner signer = signer(directory);
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
