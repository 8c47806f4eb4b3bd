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
import org.onevisit.catalog.HallOrganisation;
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
    private final HallOrganisation hall;
    private final Clock clock;

    AssessmentReports(PdfDocuments pdf, Catalog catalog, HallOrganisation hall, Clock clock) {
        this.pdf = pdf;
        this.catalog = catalog;
        this.hall = hall;
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
        return switch (a.by()) {
            case DEPARTMENT -> "部门";
            case OFFICIAL -> "工作人员";
            case COUNTER -> "窗口";
        };
    }

    /** How a unit is named in the PDF: a department by name, an official or a counter with its department's. */
    private String unitName(Assessment a, AssessedUnit u, Map<String, String> names, Map<String, String> counters) {
        String department = u.department().isEmpty() ? "中心" : names.getOrDefault(u.department(), u.department());
        return switch (a.by()) {
            case DEPARTMENT -> department;
            case OFFICIAL -> u.unit() + "（" + department + "）";
            case COUNTER -> counters.getOrDefault(u.unit(), u.unit()) + "（" + department + "）";
        };
    }

    /** The counters' names by number ({@code A01 综合受理窗口}). */
    private Map<String, String> counterNames() {
        Map<String, String> names = new HashMap<>();
        hall.counters().forEach(c -> names.put(c.number(), c.number() + " " + c.name()));
        return names;
    }

    /** The assessment as a PDF. */
    public byte[] pdf(Assessment a) {
        List<List<String>> time = new ArrayList<>();
        List<List<String>> service = new ArrayList<>();
        Map<String, String> names = names();
        Map<String, String> counters = a.by() == Assessments.By.COUNTER ? counterNames() : Map.of();
        boolean byCounter = a.by() == Assessments.By.COUNTER;
        for (AssessedUnit u : a.units()) {
            String unit = unitName(a, u, names, counters);
            time.add(List.of(String.valueOf(u.rank()), unit, String.format("%.1f", u.score()), gradeName(u.grade()),
                    share(u.onTime()), quotient(u.speed()), share(u.instant()), quotient(u.visits()), share(u.oneVisit())));
            service.add(List.of(unit, share(u.online()), share(u.goodRatings()), share(u.badRatingsFixed()),
                    byCounter ? "—" : String.valueOf(u.complaints()), share(u.complaintsInTime()),
                    share(u.compliance()), byCounter ? "—" : String.valueOf(u.corrections())));
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
        if (byCounter) {
            blocks.add(new Block.Paragraph("按窗口：办件计入其受理前第一次到窗口时所在的窗口（收件或受理）；网上受理、未到窗口的办件不计入任何窗口。"
                    + "网办率、投诉、抽查和纠错不按窗口统计（—）。"));
        }
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
                        u.department().isEmpty() ? "中心" : names.getOrDefault(u.department(), u.department()), u.score(),
                        gradeName(u.grade()),
                        u.onTime().numerator(), u.onTime().denominator(), rate(u.onTime()),
                        u.speed().numerator(), u.speed().denominator(), rate(u.speed()),
                        u.instant().numerator(), rate(u.instant()),
                        u.visits().numerator(), u.visits().denominator(), rate(u.visits()),
                        u.oneVisit().numerator(), rate(u.oneVisit()),
                        u.online().numerator(), rate(u.online()),
                        u.goodRatings().numerator(), u.goodRatings().denominator(), rate(u.goodRatings()),
                        u.badRatingsFixed().numerator(), u.badRatingsFixed().denominator(), rate(u.badRatingsFixed()),
                        counted(a, u.complaints()), u.complaintsInTime().numerator(), rate(u.complaintsInTime()),
                        u.compliance().numerator(), u.compliance().denominator(), rate(u.compliance()),
                        counted(a, u.corrections()));
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

    /** A count, or blank where the assessment does not count it (complaints and corrections of a counter). */
    private static Object counted(Assessment a, int count) {
        return a.by() == Assessments.By.COUNTER ? "" : count;
    }

    /** A rate rounded to four decimals, or blank when there is nothing to count among. */
    private static Object rate(Ratio r) {
        Double v = r.value();
        return v == null ? "" : Math.round(v * 10000) / 10000.0;
    }
}
