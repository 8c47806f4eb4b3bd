package org.onevisit.evaluation.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.evaluation.AssessedUnit;
import org.onevisit.evaluation.AssessedUnit.Ratio;
import org.onevisit.evaluation.AssessmentGrade;
import org.onevisit.evaluation.AssessmentPeriod;
import org.onevisit.evaluation.AssessmentReports;
import org.onevisit.evaluation.Assessments;
import org.onevisit.evaluation.Assessments.Assessment;
import org.onevisit.evaluation.Assessments.By;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/**
 * The performance assessment (绩效考核) on the API: a month's or a quarter's figures per department, official or counter,
 * each with its numerator and denominator, the score, the grade and the rank; and the same as a PDF or Excel report.
 */
@JsonApi("/api/v1")
@Tag(name = "Assessment", description = "绩效考核：按部门、工作人员、窗口的月度和季度指标、得分、等次、排名和报表")
class AssessmentApi {

    static final String READERS = "hasAnyRole('SUPERVISOR','COORDINATOR','ADMIN','DEPARTMENT_HEAD')";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Assessments assessments;
    private final AssessmentReports reports;

    AssessmentApi(Assessments assessments, AssessmentReports reports) {
        this.assessments = assessments;
        this.reports = reports;
    }

    /** A figure: what it counts over what it counts among, and the quotient (null when nothing to count among). */
    record FigureView(int numerator, int denominator, @Nullable Double value) {

        static FigureView of(Ratio r) {
            Double v = r.value();
            return new FigureView(r.numerator(), r.denominator(), v == null ? null : Math.round(v * 10000) / 10000.0);
        }
    }

    /** One unit's figures, score, grade and rank. */
    record UnitView(String unit, String department, int rank, double score, AssessmentGrade grade, String gradeName,
            FigureView onTime, FigureView speed, FigureView instant, FigureView visitsPerCase, FigureView oneVisit,
            FigureView online, FigureView goodRatings, FigureView badRatingsFixed, int complaints,
            FigureView complaintsInTime, FigureView spotCheckCompliance, int correctionsNotExcused) {

        static UnitView of(AssessedUnit u) {
            return new UnitView(u.unit(), u.department(), u.rank(), u.score(), u.grade(),
                    AssessmentReports.gradeName(u.grade()), FigureView.of(u.onTime()), FigureView.of(u.speed()),
                    FigureView.of(u.instant()), FigureView.of(u.visits()), FigureView.of(u.oneVisit()),
                    FigureView.of(u.online()), FigureView.of(u.goodRatings()), FigureView.of(u.badRatingsFixed()),
                    u.complaints(), FigureView.of(u.complaintsInTime()), FigureView.of(u.compliance()),
                    u.corrections());
        }
    }

    /** The assessment of a period. */
    record AssessmentView(String period, String from, String to, String by, List<UnitView> units) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.period().label(), a.period().from().toString(), a.period().to().toString(),
                    a.by().name().toLowerCase(Locale.ROOT), a.units().stream().map(UnitView::of).toList());
        }
    }

    @GetMapping("/assessment")
    @PreAuthorize(READERS)
    @Operation(summary = "绩效考核 of a month (2026-11) or a quarter (2026-Q4), per department (by=department, the default), per official (by=official) or per counter (by=counter, each case counted for the counter of its first visit up to acceptance): every figure with numerator and denominator, score, grade, rank")
    AssessmentView assessment(@RequestParam @Size(max = 20) String period,
            @RequestParam(defaultValue = "department") @Size(max = 20) String by, Principal user) {
        return AssessmentView.of(assessments.of(AssessmentPeriod.parse(period), by(by), user.getName()));
    }

    @GetMapping("/assessment/officials")
    @PreAuthorize(READERS)
    @Operation(summary = "绩效考核 per official of a month or a quarter; a department's head sees their department's officials")
    AssessmentView officials(@RequestParam @Size(max = 20) String period, Principal user) {
        return AssessmentView.of(assessments.of(AssessmentPeriod.parse(period), By.OFFICIAL, user.getName()));
    }

    @GetMapping(path = "/assessment/report", produces = {"application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/problem+json"})
    @PreAuthorize(READERS)
    @Operation(summary = "The assessment as a report: format=pdf (考核通报, the default) or format=xlsx (Excel), by department, official or counter")
    ResponseEntity<byte[]> report(@RequestParam @Size(max = 20) String period,
            @RequestParam(defaultValue = "pdf") @Size(max = 10) String format,
            @RequestParam(defaultValue = "department") @Size(max = 20) String by, Principal user) {
        AssessmentPeriod p = AssessmentPeriod.parse(period);
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("pdf") && !f.equals("xlsx")) {
            throw new DomainException(Kind.INVALID, "assessment-format-unknown", "A report is pdf or xlsx: " + format,
                    format);
        }
        Assessment a = assessments.of(p, by(by), user.getName());
        byte[] body = f.equals("pdf") ? reports.pdf(a) : reports.excel(a);
        return ResponseEntity.ok().contentType(f.equals("pdf") ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("assessment-" + p.label() + "." + f).build().toString())
                .body(body);
    }

    static By by(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "department", "departments" -> By.DEPARTMENT;
            case "official", "officials" -> By.OFFICIAL;
            case "counter", "counters" -> By.COUNTER;
            default -> throw new DomainException(Kind.INVALID, "assessment-by-unknown",
                    "An assessment is by department, official or counter: " + text, text);
        };
    }
}
