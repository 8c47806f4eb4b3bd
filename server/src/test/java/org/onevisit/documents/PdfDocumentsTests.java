package org.onevisit.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onevisit.documents.Block.Paragraph;
import org.onevisit.documents.Block.Table;

/** A receipt rendered as a clerk would print it: Chinese text, a table over pages, a QR code that scans. */
class PdfDocumentsTests {

    static final PdfDocuments documents = new PdfDocuments(() -> SampleDocuments.CENTRE,
            DocumentFont.bundled());

    @Test
    void a_receipt_with_a_long_list_of_materials_runs_over_three_numbered_pages() throws IOException {
        byte[] pdf = documents.render(SampleDocuments.receiptWithMaterials(45));
        keepForLooking(pdf, "receipt.pdf");

        assertThat(PdfPages.count(pdf)).isEqualTo(3);
        assertThat(text(pdf, 1)).contains("受理通知书", "申请人", "张三", "企业设立登记", "决定予以受理",
                "第 1 页 共 3 页");
        assertThat(text(pdf, 2)).contains(SampleDocuments.CENTRE, "编号：" + SampleDocuments.CASE_NUMBER,
                "序号", "材料名称", "第 2 页 共 3 页");
        assertThat(text(pdf, 3)).contains(SampleDocuments.CENTRE, "序号", "材料第44项：营业执照副本复印件",
                "1.", "请妥善保管本通知书", "扫描二维码查询办理进度", "申请人签字", "2026年11月28日",
                "第 3 页 共 3 页");
    }

    @Test
    void the_qr_code_scans_back_to_the_verification_address() throws Exception {
        byte[] pdf = documents.render(SampleDocuments.receiptWithMaterials(2));
        keepForLooking(pdf, "short-receipt.pdf");

        int lastPage = PdfPages.count(pdf);
        assertThat(QrImages.decode(PdfPages.toImage(pdf, lastPage, 150))).isEqualTo(SampleDocuments.VERIFY_URL);
    }

    @Test
    void chinese_and_latin_text_is_embedded_so_it_can_be_copied_from_the_pdf() throws IOException {
        byte[] pdf = documents.render(new Document("不予受理通知书", "", List.of(new Paragraph(
                "申请事项不属于本中心受理范围。如不服本决定，可以依法申请行政复议或者提起行政诉讼。 Decision not appealable here.")),
                SampleDocuments.ISSUED_ON));

        assertThat(text(pdf, 1)).contains("不予受理通知书", "行政复议", "Decision not appealable here.")
                .doesNotContain("编号：");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next()).isEmbedded()).isTrue();
        }
    }

    @Test
    void a_table_cell_too_long_for_its_column_wraps_and_the_row_grows() throws IOException {
        String longName = "建设项目环境影响评价文件审批申请书及其附件，包括环境影响报告书全本、公众参与说明和专家评审意见";
        byte[] pdf = documents.render(new Document("一次性告知书", "GZ-2026-0001", List.of(
                new Table(List.of("材料", "问题"), List.of(List.of(longName, "缺少专家评审意见"))),
                new Paragraph("以上材料补齐后即可受理。")), SampleDocuments.ISSUED_ON));

        String text = text(pdf, 1).replace("\n", "").replace(" ", "");
        assertThat(text).contains(longName, "以上材料补齐后即可受理");
    }

    @Test
    void a_character_the_font_lacks_is_replaced_instead_of_failing_the_document() throws IOException {
        byte[] pdf = documents.render(new Document("容缺承诺书", "", List.of(new Paragraph("申请人 \uD83D\uDE00 承诺")),
                SampleDocuments.ISSUED_ON));

        assertThat(text(pdf, 1)).contains("容缺承诺书", "承诺");
    }

    @Test
    void documents_render_side_by_side_on_many_threads() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = threads.invokeAll(java.util.Collections.nCopies(12,
                    () -> documents.render(SampleDocuments.receiptWithMaterials(20))));
            for (Future<byte[]> pdf : pdfs) {
                assertThat(text(pdf.get(), 1)).contains("受理通知书", "张三");
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void a_missing_configured_font_is_unavailable_and_names_the_file_and_the_setting() {
        PdfDocuments withoutFont = new PdfDocuments(() -> SampleDocuments.CENTRE,
                DocumentFont.configured("/nonexistent/fonts/wqy-microhei.ttc"));

        assertThatThrownBy(() -> withoutFont.render(SampleDocuments.receiptWithMaterials(1)))
                .isInstanceOfSatisfying(org.onevisit.platform.DomainException.class, e -> assertThat(e.kind())
                        .isEqualTo(org.onevisit.platform.DomainException.Kind.UNAVAILABLE))
                .hasMessageContaining("/nonexistent/fonts/wqy-microhei.ttc")
                .hasMessageContaining("leave it empty for the font that comes with OneVisit")
                .hasMessageContaining("onevisit.documents.font");
    }

    @Test
    void the_font_that_comes_with_onevisit_writes_rare_characters_of_names_and_places() throws IOException {
        String rare = "王喆 李堃 陈玥 赵珺 龚昱彤 亓官燚 鄞州区 浐灞";
        byte[] pdf = new PdfDocuments(() -> SampleDocuments.CENTRE, DocumentFont.configured(" "))
                .render(new Document("受理通知书", "T-1", List.of(new Paragraph(rare)), SampleDocuments.ISSUED_ON));

        assertThat(text(pdf, 1)).contains(rare).doesNotContain("□");
    }

    @Test
    void dates_are_written_the_chinese_way() {
        assertThat(BlockPainter.chineseDate(SampleDocuments.ISSUED_ON)).isEqualTo("2026年11月28日");
        assertThat(BlockPainter.chineseDate(java.time.LocalDate.of(2027, 1, 5))).isEqualTo("2027年1月5日");
    }

    static String text(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    /** Leaves the PDF under target/ so that it can be looked at (pdftoppm -png -r 80). */
    private static void keepForLooking(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
