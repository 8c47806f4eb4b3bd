package org.onevisit.intake.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Tiny files of each kind, made here so every test can vary their bytes. */
final class Samples {

    private Samples() {
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] jpeg(String text) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00},
                text.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xD9});
    }

    static byte[] png(String text) {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R'},
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** An OFD package: a ZIP with {@code OFD.xml} at its root and a document beneath. */
    static byte[] ofd(String text) {
        return zip("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>",
                "Doc_0/Document.xml", "<ofd:Document>" + text + "</ofd:Document>");
    }

    static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }
}
