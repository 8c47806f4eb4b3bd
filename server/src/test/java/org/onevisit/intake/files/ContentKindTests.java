package org.onevisit.intake.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentKindTests {

    @TempDir
    Path folder;

    @Test
    void the_accepted_kinds_are_recognised_by_their_first_bytes() throws IOException {
        assertThat(kindOf(Samples.pdf("a"))).isEqualTo(ContentKind.PDF);
        assertThat(kindOf(Samples.jpeg("a"))).isEqualTo(ContentKind.JPEG);
        assertThat(kindOf(Samples.png("a"))).isEqualTo(ContentKind.PNG);
        assertThat(kindOf(Samples.ofd("a"))).isEqualTo(ContentKind.OFD);
        assertThat(ContentKind.OFD.mediaType()).isEqualTo("application/ofd");
    }

    @Test
    void a_zip_without_OFD_xml_at_its_root_is_a_plain_zip_and_not_accepted() throws IOException {
        ContentKind nested = kindOf(Samples.zip("docs/OFD.xml", "<x/>", "readme.txt", "hello"));
        ContentKind lowerCase = kindOf(Samples.zip("ofd.xml", "<x/>"));

        assertThat(nested).isEqualTo(ContentKind.ZIP);
        assertThat(lowerCase).isEqualTo(ContentKind.ZIP);
        assertThat(nested.accepted()).isFalse();
    }

    @Test
    void a_broken_zip_is_not_taken_for_an_OFD() throws IOException {
        byte[] truncated = java.util.Arrays.copyOf(Samples.ofd("a"), 40);

        assertThat(kindOf(truncated)).isEqualTo(ContentKind.ZIP);
    }

    @Test
    void executables_and_text_are_named_and_refused() throws IOException {
        assertThat(kindOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3})).isEqualTo(ContentKind.EXECUTABLE);
        assertThat(kindOf(new byte[] {0x7F, 'E', 'L', 'F', 2, 1})).isEqualTo(ContentKind.EXECUTABLE);
        assertThat(kindOf("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.EXECUTABLE);
        assertThat(kindOf("just some text %PDF-".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.UNKNOWN);
        assertThat(kindOf(new byte[] {'%', 'P'})).isEqualTo(ContentKind.UNKNOWN);
        assertThat(ContentKind.UNKNOWN.accepted()).isFalse();
        assertThat(ContentKind.EXECUTABLE.label()).isEqualTo("executable");
    }

    private ContentKind kindOf(byte[] content) throws IOException {
        Path file = Files.createTempFile(folder, "sample", ".bin");
        Files.write(file, content);
        return ContentKind.of(file);
    }
}
