package org.onevisit.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CertificateContentTests {

    private final CertificateContent content = new CertificateContent("SCJG-2026-000001", "食品经营许可证", "张三",
            "110105199001011234", false, "SCJG", LocalDate.of(2026, 10, 12), LocalDate.of(2031, 10, 11),
            "仅限预包装食品销售\n不得现场制售");

    @Test
    void the_canonical_text_reads_back_as_the_same_content() {
        assertThat(CertificateContent.parse(content.canonical())).contains(content);
        CertificateContent longTerm = new CertificateContent("SCJG-2026-000002", "营业执照", "示例公司", "91330000MA0000000X",
                true, "SCJG", LocalDate.of(2026, 10, 12), null, "");
        assertThat(CertificateContent.parse(longTerm.canonical())).contains(longTerm);
    }

    @Test
    void text_moved_from_one_field_to_the_next_gives_another_encoding() {
        CertificateContent a = new CertificateContent("N1", "证", "张三", "ID", false, "SCJG", LocalDate.of(2026, 1, 1), null, "");
        CertificateContent b = new CertificateContent("N1", "证张", "三", "ID", false, "SCJG", LocalDate.of(2026, 1, 1), null, "");
        assertThat(a.canonical()).isNotEqualTo(b.canonical());
    }

    @Test
    void a_text_that_is_not_a_canonical_encoding_reads_as_nothing() {
        assertThat(CertificateContent.parse("hello")).isEmpty();
        assertThat(CertificateContent.parse(content.canonical().replace("number=16:", "number=15:"))).isEmpty();
        assertThat(CertificateContent.parse(content.canonical() + "extra")).isEmpty();
        assertThat(CertificateContent.parse(content.canonical().replace("false", "maybe"))).isEmpty();
    }
}
