package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import tools.jackson.databind.JsonNode;

/** Reading the assessment's figures as the stories check them: in its JSON, its PDF report and its workbook. */
final class AssessmentFigures {

    private AssessmentFigures() {
    }

    /** A figure of a unit is this fraction. */
    static void assertFigure(JsonNode unit, String figure, int numerator, int denominator) {
        assertThat(unit.get(figure).get("numerator").asInt()).as(figure + " numerator").isEqualTo(numerator);
        assertThat(unit.get(figure).get("denominator").asInt()).as(figure + " denominator").isEqualTo(denominator);
    }

    /** The text of a PDF report. */
    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The cells of the workbook's row whose first cell, or whose unit (third cell), is {@code firstOrUnit}. */
    static List<String> row(Sheet sheet, String firstOrUnit) {
        DataFormatter format = new DataFormatter();
        for (Row r : sheet) {
            List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(format.formatCellValue(c)));
            if (cells.get(0).equals(firstOrUnit) || cells.size() > 2 && cells.get(2).equals(firstOrUnit)) {
                return cells;
            }
        }
        throw new AssertionError(firstOrUnit + " not in the workbook");
    }
}
