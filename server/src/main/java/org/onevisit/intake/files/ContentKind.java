package org.onevisit.intake.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;

/**
 * What a file is, read from its first bytes and never from its name or the type the client declared.
 * Only PDF, JPEG, PNG and OFD (《电子文件 版式文档格式》GB/T 33190, a ZIP package with {@code OFD.xml} at
 * its root) are accepted; the other kinds are named so a refusal can say what was sent.
 */
enum ContentKind {

    PDF("application/pdf", true),
    JPEG("image/jpeg", true),
    PNG("image/png", true),
    OFD("application/ofd", true),
    ZIP("application/zip", false),
    EXECUTABLE("application/octet-stream", false),
    UNKNOWN("application/octet-stream", false);

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 0x05, 0x06};
    private static final List<byte[]> EXECUTABLE_MAGIC = List.of(
            new byte[] {'M', 'Z'}, // Windows PE
            new byte[] {0x7F, 'E', 'L', 'F'},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
            new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, // Mach-O universal, Java class
            new byte[] {'#', '!'});
    private static final String OFD_ROOT = "OFD.xml";

    private final String mediaType;
    private final boolean accepted;

    ContentKind(String mediaType, boolean accepted) {
        this.mediaType = mediaType;
        this.accepted = accepted;
    }

    String mediaType() {
        return mediaType;
    }

    boolean accepted() {
        return accepted;
    }

    /** The word a refusal names the kind by. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the first bytes of a file are those of this kind: a PDF, a JPEG or a PNG is what it says it is; other
     * kinds are never confirmed, so they are never shown inside a page.
     */
    boolean confirmedBy(byte[] head) {
        return switch (this) {
            case PDF -> startsWith(head, PDF_MAGIC);
            case PNG -> startsWith(head, PNG_MAGIC);
            case JPEG -> startsWith(head, JPEG_MAGIC);
            default -> false;
        };
    }

    /** The kind whose media type this is, if any. */
    static java.util.Optional<ContentKind> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(k -> k.accepted && k.mediaType.equals(mediaType)).findFirst();
    }

    static ContentKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(head, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(head, ZIP_MAGIC) || startsWith(head, EMPTY_ZIP_MAGIC)) {
            return hasOfdRoot(file) ? OFD : ZIP;
        }
        if (EXECUTABLE_MAGIC.stream().anyMatch(magic -> startsWith(head, magic))) {
            return EXECUTABLE;
        }
        return UNKNOWN;
    }

    /**
     * Looks the root entry up in the central directory of the ZIP. Nothing is decompressed, so a ZIP bomb costs
     * no more than reading the directory of a file that is already within the size limit. Entry names are
     * tried as UTF-8 and then as GB18030, which some Chinese tools write.
     */
    private static boolean hasOfdRoot(Path file) throws IOException {
        for (Charset names : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            Boolean found = rootEntryIn(file, names);
            if (found != null) {
                return found;
            }
        }
        return false;
    }

    private static @Nullable Boolean rootEntryIn(Path file, Charset names) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), names)) {
            return zip.getEntry(OFD_ROOT) != null;
        } catch (ZipException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
