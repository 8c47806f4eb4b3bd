package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFolderTests {

    @TempDir
    Path directory;

    @Test
    void a_secret_is_generated_once_readable_by_its_owner_only_and_then_reused() throws IOException {
        KeyFolder keys = new KeyFolder(directory.resolve("keys"));

        byte[] first = keys.secret("personal-data", 32);
        byte[] again = new KeyFolder(directory.resolve("keys")).secret("personal-data", 32);

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("keys/personal-data.key"))))
                .isEqualTo("rw-------");
        assertThat(keys.has("personal-data")).isTrue();
        assertThat(keys.has("audit-checkpoints")).isFalse();
    }

    @Test
    void a_secret_that_others_may_read_is_refused() throws IOException {
        KeyFolder keys = new KeyFolder(directory);
        keys.secret("personal-data", 32);
        Files.setPosixFilePermissions(directory.resolve("personal-data.key"), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> keys.secret("personal-data", 32)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chmod 600");
    }

    @Test
    void a_secret_of_another_length_is_refused() {
        KeyFolder keys = new KeyFolder(directory);
        keys.secret("personal-data", 32);

        assertThatThrownBy(() -> keys.secret("personal-data", 16)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void a_key_pair_is_stored_and_signs_what_its_public_key_verifies() throws Exception {
        KeyPair pair = new KeyFolder(directory).keyPair("audit-checkpoints", "Ed25519");
        KeyPair reread = new KeyFolder(directory).keyPair("audit-checkpoints", "Ed25519");

        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(reread.getPublic());
        verifier.update(new byte[] {1, 2, 3});

        assertThat(verifier.verify(signature)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("audit-checkpoints.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void keys_generated_while_demo_data_is_on_are_marked_and_listed_as_demo_keys() {
        KeyFolder demo = new KeyFolder(directory, true);
        demo.keyPair("audit-checkpoints", "Ed25519");
        demo.secret("personal-data", 32);
        new KeyFolder(directory, false).keyPair("certificates-ed25519", "Ed25519");

        assertThat(Files.exists(directory.resolve("audit-checkpoints.demo"))).isTrue();
        assertThat(new KeyFolder(directory).demoKeys()).containsExactly(directory.resolve("audit-checkpoints.key"),
                directory.resolve("personal-data.key"));
    }

    @Test
    void a_key_generated_without_demo_data_stays_unmarked_when_demo_data_is_switched_on_later() {
        new KeyFolder(directory, false).secret("personal-data", 32);
        new KeyFolder(directory, true).secret("personal-data", 32);

        assertThat(new KeyFolder(directory).demoKeys()).isEmpty();
        assertThat(new KeyFolder(directory.resolve("none")).demoKeys()).isEmpty();
    }

    @Test
    void a_name_that_could_leave_the_folder_is_refused() {
        assertThatThrownBy(() -> new KeyFolder(directory).secret("../x", 32)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Nodes starting at once on one empty folder: each key is generated once, and every node uses that one. The window
     * in which two starts could both find a key missing is narrow, so it is tried on many empty folders.
     */
    @Test
    void nodes_starting_at_once_on_an_empty_folder_all_use_one_key() {
        for (int folder = 0; folder < 200; folder++) {
            assertThat(keysOfNodesStartingAtOnce(directory.resolve("shared-" + folder))).hasSize(1);
        }
    }

    /** The distinct keys that nodes starting at once on one empty folder use. */
    private static List<String> keysOfNodesStartingAtOnce(Path shared) {
        int nodes = 8;
        CountDownLatch ready = new CountDownLatch(nodes);
        ExecutorService starts = Executors.newFixedThreadPool(nodes);
        try {
            List<CompletableFuture<String>> keys = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                keys.add(CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    try {
                        ready.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    KeyFolder folder = new KeyFolder(shared);
                    KeyPair pair = folder.keyPair("audit-checkpoints", "Ed25519");
                    Base64.Encoder text = Base64.getEncoder();
                    return text.encodeToString(folder.secret("personal-data", 32)) + " "
                            + text.encodeToString(pair.getPrivate().getEncoded()) + " "
                            + text.encodeToString(pair.getPublic().getEncoded());
                }, starts));
            }

            return keys.stream().map(CompletableFuture::join).distinct().toList();
        } finally {
            starts.shutdown();
        }
    }
}
