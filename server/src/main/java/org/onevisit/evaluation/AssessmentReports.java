package org.onevisit.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.onevisit.documents.Block;
import org.onevisit.documents.Document;
import org.onevisit.documents.PdfDocuments;
import org.onevisit.evaluation.AssessedUnit.Ratio;
import org.onevisit.evaluation.Assessments.Assessment;
import org.springframework.stereotype.Service;

/**
 * The assessment as a report (考核通报): a PDF in Chinese, rendered with the centre's CJK font like every document, and
 * an Excel workbook with one row per unit and each figure's numerator and denominator in their own columns.
 */
@Service
public class AssessmentReports {

    private final PdfDocuments pdf;
    private final Catalog catalog;
    private final Clock clock;

    AssessmentReports(PdfDocuments pdf, Catalog catalog, Clock clock) {
        this.pdf = pdf;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The departments' Chinese names by code; a code the catalog no longer has stands for itself. */
    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (Department d : catalog.departments()) {
            names.put(d.code(), d.name(Locale.SIMPLIFIED_CHINESE));
        }
        return names;
    }

    /** The Chinese name of a grade. */
    public static String gradeName(AssessmentGrade g) {
        return switch (g) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case PASS -> "合格";
            case FAIL -> "不合格";
        };
    }

    private static String share(Ratio r) {
        return r.denominator() == 0 ? "—" : r.percent() + " (" + r.numerator() + "/" + r.denominator() + ")";
    }

    private static String quotient(Ratio r) {
        return r.denominator() == 0 ? "—" : r.decimal() + " (" + r.numerator() + "/" + r.denominator() + ")";
    }

    private static String unitHeader(Assessment a) {
        return a.by() == Assessments.By.DEPARTMENT ? "部门" : "工作人员";
    }

    /** The assessment as a PDF. */
    public byte[] pdf(Assessment a) {
        List<List<String>> time = new ArrayList<>();
        List<List<String>> service = new ArrayList<>();
        Map<String, String> names = names();
        for (AssessedUnit u : a.units()) {
            String department = names.getOrDefault(u.department(), u.department());
            String unit = a.by() == Assessments.By.DEPARTMENT ? department : u.unit() + "（" + department + "）";
            time.add(List.of(String.valueOf(u.rank()), unit, String.format("%.1f", u.score()), gradeName(u.grade()),
                    share(u.onTime()), quotient(u.speed()), share(u.instant()), quotient(u.visits()), share(u.oneVisit())));
            service.add(List.of(unit, share(u.online()), share(u.goodRatings()), share(u.badRatingsFixed()),
                    String.valueOf(u.complaints()), share(u.complaintsInTime()), share(u.compliance()),
                    String.valueOf(u.corrections())));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("考核期：" + a.period().label() + "（" + a.period().from() + " 至 " + a.period().to()
                + "）。按" + unitHeader(a) + "统计，按得分排名。"));
        if (a.units().isEmpty()) {
            blocks.add(new Block.Paragraph("本期没有可考核的办件、评价、投诉或抽查记录。"));
        } else {
            blocks.add(new Block.Heading("一、得分、等次与办理时效"));
            blocks.add(new Block.Table(List.of("名次", unitHeader(a), "得分", "等次", "按时办结率", "提速率(用时÷法定)",
                    "即办件占比", "件均跑动", "跑一次率"), time, List.of(2, 5, 2, 3, 4, 4, 4, 3, 4)));
            blocks.add(new Block.Heading("二、网办、评价、投诉与监督"));
            blocks.add(new Block.Table(List.of(unitHeader(a), "网办率", "好评率", "差评整改率", "投诉", "投诉按时办结",
                    "抽查合规率", "纠错(不含容错)"), service, List.of(4, 4, 4, 4, 2, 4, 4, 3)));
        }
        blocks.add(new Block.Paragraph("得分 = 各项比率的加权平均 × 100，减去每件未容错纠错及每件投诉的扣分；等次：优秀、良好、合格、不合格。"
                + "括号内为分子/分母。"));
        return pdf.render(new Document("绩效考核通报", a.period().label(), blocks, LocalDate.now(clock)));
    }

    /** The assessment as an Excel workbook (.xlsx). */
    public byte[] excel(Assessment a) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("绩效考核 " + a.period().label());
            Map<String, String> names = names();
            List<String> headers = List.of("考核期", "名次", unitHeader(a), "所属部门", "部门名称", "得分", "等次",
                    "按时办结件数", "办结件数", "按时办结率",
                    "已用工作日", "法定工作日", "提速率(用时÷法定)",
                    "即办件数", "即办件占比",
                    "跑动次数", "办件数", "件均跑动", "跑一次件数", "跑一次率",
                    "网办件数", "网办率",
                    "好评数", "评价数", "好评率", "已整改差评", "差评数", "差评整改率",
                    "投诉数", "按时办结投诉", "投诉按时办结率",
                    "抽查合规", "抽查已认定", "抽查合规率",
                    "纠错(不含容错)");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (AssessedUnit u : a.units()) {
                Row row = sheet.createRow(r++);
                List<Object> cells = List.of(a.period().label(), u.rank(), u.unit(), u.department(),
                        names.getOrDefault(u.department(), u.department()), u.score(),
                        gradeName(u.grade()),
                        u.onTime().numerator(), u.onTime().denominator(), rate(u.onTime()),
                        u.speed().numerator(), u.speed().denominator(), rate(u.speed()),
                        u.instant().numerator(), rate(u.instant()),
                        u.visits().numerator(), u.visits().denominator(), rate(u.visits()),
                        u.oneVisit().numerator(), rate(u.oneVisit()),
                        u.online().numerator(), rate(u.online()),
                        u.goodRatings().numerator(), u.goodRatings().denominator(), rate(u.goodRatings()),
                        u.badRatingsFixed().numerator(), u.badRatingsFixed().denominator(), rate(u.badRatingsFixed()),
                        u.complaints(), u.complaintsInTime().numerator(), rate(u.complaintsInTime()),
                        u.compliance().numerator(), u.compliance().denominator(), rate(u.compliance()),
                        u.corrections());
                for (int i = 0; i < cells.size(); i++) {
                    Object v = cells.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(i).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rate rounded to four decimals, or blank when there is nothing to count among. */
    private static Object rate(Ratio r) {
        Double v = r.value();
        return v == null ? "" : Math.round(v * 10000) / 10000.0;
    }
}
