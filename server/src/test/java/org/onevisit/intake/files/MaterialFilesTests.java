package org.onevisit.intake.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/** Receiving, checking and keeping applicants' files, on the real database and a temporary data folder. */
@SpringBootTest
class MaterialFilesTests {

    private static final Instant NOON = Instant.parse("2031-03-05T04:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MaterialFiles configured;

    @TempDir
    Path dataDir;

    MaterialFiles files;
    String unique;

    @BeforeEach
    void setUp() {
        files = new MaterialFiles(new FileSystemFileStore(dataDir.resolve("files")), new StoredFiles(jdbc),
                Clock.fixed(NOON, ZoneId.of("Asia/Shanghai")), DataSize.ofKilobytes(4), dataDir.resolve("incoming"));
        unique = UUID.randomUUID().toString();
    }

    @Test
    void a_pdf_is_kept_with_its_hash_size_type_and_name_and_reads_back_identically() throws IOException {
        byte[] content = Samples.pdf(unique);

        StoredFile file = files.store("营业执照.pdf", new ByteArrayInputStream(content), "clerk");

        assertThat(file.sha256()).isEqualTo(sha256(content));
        assertThat(file.size()).isEqualTo(content.length);
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.originalName()).isEqualTo("营业执照.pdf");
        assertThat(file.storedAt()).isEqualTo(NOON);
        assertThat(files.find(file.id())).contains(file);
        assertThat(readBack(file.id())).isEqualTo(content);
        assertThat(jdbc.sql("SELECT stored_by FROM stored_file WHERE id = ?").param(file.id().toString())
                .query(String.class).single()).isEqualTo("clerk");
    }

    @Test
    void jpeg_png_and_ofd_are_accepted_by_their_content() throws IOException {
        List<byte[]> contents = List.of(Samples.jpeg(unique), Samples.png(unique), Samples.ofd(unique));
        List<String> types = List.of("image/jpeg", "image/png", "application/ofd");

        for (int i = 0; i < contents.size(); i++) {
            StoredFile file = files.store("material-" + i, new ByteArrayInputStream(contents.get(i)));

            assertThat(file.mediaType()).isEqualTo(types.get(i));
            assertThat(readBack(file.id())).isEqualTo(contents.get(i));
        }
    }

    @Test
    void a_png_named_pdf_is_kept_as_the_png_it_is() {
        StoredFile file = files.store("scan.pdf", new ByteArrayInputStream(Samples.png(unique)));

        assertThat(file.mediaType()).isEqualTo("image/png");
        assertThat(file.originalName()).isEqualTo("scan.pdf");
    }

    @Test
    void a_text_file_named_pdf_is_refused_and_nothing_is_kept() throws IOException {
        String name = unique + ".pdf";

        assertThatThrownBy(() -> files.store(name, new ByteArrayInputStream("not a pdf".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("files-type-not-allowed");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.args()).containsExactly("unknown");
                });
        assertNothingKept(name);
    }

    @Test
    void an_executable_or_a_plain_zip_is_refused_naming_what_it_is() throws IOException {
        String name = unique + ".jpg";

        assertThatThrownBy(() -> files.store(name, new ByteArrayInputStream(new byte[] {'M', 'Z', 0, 0})))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.args()).containsExactly("executable"));
        assertThatThrownBy(() -> files.store(name, new ByteArrayInputStream(Samples.zip("a.txt", unique))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.args()).containsExactly("zip"));
        assertNothingKept(name);
    }

    @Test
    void an_empty_file_is_refused_and_nothing_is_kept() throws IOException {
        String name = unique + ".png";

        assertThatThrownBy(() -> files.store(name, InputStream.nullInputStream()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("files-empty"));
        assertNothingKept(name);
    }

    @Test
    void a_file_over_the_limit_is_refused_without_reading_it_all_and_nothing_is_kept() throws IOException {
        String name = unique + ".pdf";
        byte[] content = new byte[4 * 1024 + 1];
        System.arraycopy(Samples.pdf(""), 0, content, 0, 8);
        CountingStream endless = new CountingStream(new ByteArrayInputStream(new byte[10 * 1024 * 1024]));

        assertThatThrownBy(() -> files.store(name, new ByteArrayInputStream(content)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("files-too-large");
                    assertThat(e.details()).containsEntry("maxBytes", 4096L);
                });
        assertThatThrownBy(() -> files.store(name, endless)).isInstanceOf(DomainException.class);
        assertThat(endless.count).isLessThanOrEqualTo(4 * 1024 + 64 * 1024);
        assertNothingKept(name);
    }

    @Test
    void a_file_exactly_at_the_limit_is_accepted() {
        byte[] content = new byte[4 * 1024];
        byte[] header = Samples.pdf(unique);
        System.arraycopy(header, 0, content, 0, header.length);

        assertThat(files.store("full.pdf", new ByteArrayInputStream(content)).size()).isEqualTo(4096);
    }

    @Test
    void the_same_content_twice_is_kept_twice_under_two_ids() {
        byte[] content = Samples.png(unique);

        StoredFile first = files.store("a.png", new ByteArrayInputStream(content));
        StoredFile second = files.store("b.png", new ByteArrayInputStream(content));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void files_stored_at_the_same_time_are_all_kept_intact() throws Exception {
        List<byte[]> contents = IntStream.range(0, 16).mapToObj(i -> Samples.jpeg(unique + "-" + i)).toList();
        List<Callable<StoredFile>> uploads = contents.stream()
                .<Callable<StoredFile>>map(c -> () -> files.store("photo.jpg", new ByteArrayInputStream(c))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<StoredFile> stored;
        try {
            stored = pool.invokeAll(uploads).stream().map(MaterialFilesTests::result).toList();
        } finally {
            pool.shutdownNow();
        }

        assertThat(stored).extracting(StoredFile::id).doesNotHaveDuplicates().hasSize(16);
        for (int i = 0; i < contents.size(); i++) {
            assertThat(readBack(stored.get(i).id())).isEqualTo(contents.get(i));
        }
    }

    @Test
    void an_unknown_file_is_not_found() {
        StoredFileId nobody = StoredFileId.random();

        assertThat(files.find(nobody)).isEmpty();
        assertThatThrownBy(() -> files.open(nobody))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("files-not-found"));
    }

    @Test
    void the_application_accepts_files_up_to_20_MB_by_default() {
        assertThat(configured.maxSize()).isEqualTo(DataSize.ofMegabytes(20));
    }

    private byte[] readBack(StoredFileId id) {
        try (InputStream in = files.open(id)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertNothingKept(String name) throws IOException {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE original_name = ?").param(name)
                .query(Long.class).single()).isZero();
        if (Files.exists(dataDir)) {
            try (Stream<Path> left = Files.walk(dataDir)) {
                assertThat(left.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }

    private static StoredFile result(Future<StoredFile> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Counts what is read, to show reading stops soon after the limit. */
    private static final class CountingStream extends java.io.FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
