package org.onevisit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.CentreInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** Other modules get documents from the bean, signed with the configured centre's name. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PdfDocumentsWiringTests {

    @Autowired
    PdfDocuments documents;

    @Autowired
    CentreInfo centre;

    @Test
    void the_centre_configured_for_this_installation_heads_and_signs_the_document() throws IOException {
        byte[] pdf = documents.render(new Document("一次性告知书", "GZ-2026-0042",
                List.of(Block.Facts.of("申请事项", "食品经营许可")), SampleDocuments.ISSUED_ON));

        String text = PdfDocumentsTests.text(pdf, 1);
        String name = centre.name(Locale.SIMPLIFIED_CHINESE);
        assertThat(text.indexOf(name)).isNotNegative().isNotEqualTo(text.lastIndexOf(name));
        assertThat(text).contains("一次性告知书", "食品经营许可", "2026年11月28日");
    }
}
