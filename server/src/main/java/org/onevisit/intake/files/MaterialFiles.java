package org.onevisit.intake.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded materials of applicants (申请材料电子件): receives a file, checks it and keeps it.
 *
 * <p>The content is first received into a private temporary file while its SHA-256 is computed and its
 * bytes are counted; reading stops as soon as the size limit is passed. Its type is then read from its
 * first bytes. Only an accepted file is handed to the {@link FileStore}, and its row is written only after
 * that; a refused upload leaves nothing behind and says why ({@code files-empty}, {@code files-too-large},
 * {@code files-type-not-allowed}).
 *
 * <p>The same content uploaded twice is kept twice under two ids: each upload is a separate material of
 * a separate application, with its own name and uploader, and removing one must never touch the other.
 * The SHA-256 is indexed so duplicates can still be found.
 */
public class MaterialFiles {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024L);

    private final FileStore store;
    private final StoredFiles rows;
    private final Clock clock;
    private final DataSize maxSize;
    private final Path incoming;

    MaterialFiles(FileStore store, StoredFiles rows, Clock clock, DataSize maxSize, Path incoming) {
        this.store = store;
        this.rows = rows;
        this.clock = clock;
        this.maxSize = maxSize;
        this.incoming = incoming;
    }

    /** Stores an upload without recording who sent it. */
    public StoredFile store(@Nullable String originalName, InputStream content) {
        return store(originalName, content, null);
    }

    /**
     * Checks and keeps an upload. The caller keeps ownership of {@code content} and closes it.
     *
     * @param originalName the file name the client sent, kept cleaned for display only
     * @param storedBy the login name of the uploader
     * @throws DomainException (invalid) when the file is empty, too large or of a type not accepted
     */
    public StoredFile store(@Nullable String originalName, InputStream content, @Nullable String storedBy) {
        try {
            Files.createDirectories(incoming);
            Path received = Files.createTempFile(incoming, "upload-", ".part");
            try {
                return keep(received, receive(content, received), originalName, storedBy);
            } finally {
                Files.deleteIfExists(received);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<StoredFile> find(StoredFileId id) {
        return rows.find(id);
    }

    /**
     * The content of a stored file; the caller closes the stream.
     *
     * @throws DomainException (not found) when no such file is stored
     */
    public InputStream open(StoredFileId id) {
        if (rows.find(id).isEmpty()) {
            throw notFound(id);
        }
        try {
            return store.open(id);
        } catch (NoSuchFileException e) {
            throw notFound(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A stored file as a browser gets it.
     *
     * @param mediaType the type to send: the detected one for a file shown inline, else {@code application/octet-stream}
     * @param inline whether the file may be shown inside a page: a PDF, JPEG or PNG whose first bytes, read again now,
     *     are what its detected type says; anything else (an OFD, a file whose bytes changed) is only downloaded
     */
    public record Served(StoredFile file, String mediaType, boolean inline) {
    }

    /**
     * How a stored file is sent to a browser.
     *
     * @throws DomainException (not found) when no such file is stored
     */
    public Served served(StoredFileId id) {
        StoredFile file = rows.find(id).orElseThrow(() -> notFound(id));
        byte[] head;
        try (InputStream in = open(id)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean inline = ContentKind.ofMediaType(file.mediaType()).filter(k -> k.confirmedBy(head)).isPresent();
        return new Served(file, inline ? file.mediaType() : "application/octet-stream", inline);
    }

    /** The largest file accepted. */
    public DataSize maxSize() {
        return maxSize;
    }

    private StoredFile keep(Path received, String sha256, @Nullable String originalName, @Nullable String storedBy)
            throws IOException {
        long size = Files.size(received);
        if (size == 0) {
            throw new DomainException(Kind.INVALID, "files-empty", "The file is empty.");
        }
        ContentKind kind = ContentKind.of(received);
        if (!kind.accepted()) {
            throw new DomainException(Kind.INVALID, "files-type-not-allowed",
                    "Only PDF, JPEG, PNG and OFD files are accepted; this file is " + kind.label() + ".",
                    Map.of("detectedType", kind.label()), kind.label());
        }
        StoredFile file = new StoredFile(StoredFileId.random(), sha256, size, kind.mediaType(),
                OriginalName.clean(originalName), clock.instant());
        try (InputStream in = Files.newInputStream(received)) {
            store.put(file.id(), in);
        }
        try {
            rows.insert(file, storedBy);
        } catch (RuntimeException e) {
            store.delete(file.id());
            throw e;
        }
        return file;
    }

    /** Copies at most one byte more than the limit into {@code target}, returning the SHA-256 of it all. */
    private String receive(InputStream content, Path target) throws IOException {
        MessageDigest digest = sha256();
        long limit = maxSize.toBytes();
        long count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            int read;
            while ((read = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - count))) > 0) {
                out.write(buffer, 0, read);
                count += read;
                if (count > limit) {
                    throw tooLarge();
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private DomainException tooLarge() {
        BigDecimal megabytes = BigDecimal.valueOf(maxSize.toBytes()).divide(MEGABYTE, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return new DomainException(Kind.INVALID, "files-too-large",
                "The file is larger than the limit of " + megabytes.toPlainString() + " MB.",
                Map.of("maxBytes", maxSize.toBytes()), megabytes.toPlainString());
    }

    private static DomainException notFound(StoredFileId id) {
        return new DomainException(Kind.NOT_FOUND, "files-not-found", "No such file: " + id, Map.of("id", id.toString()),
                id.toString());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
