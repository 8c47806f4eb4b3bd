package org.onevisit.supervision.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.onevisit.supervision.DecisionKey;
import org.onevisit.supervision.FindingVerdict;
import org.onevisit.supervision.SpotCheckOpening;
import org.onevisit.supervision.SpotCheckSummary;
import org.onevisit.supervision.SpotCheckVerification;
import org.onevisit.supervision.SpotChecks;
import org.onevisit.supervision.SpotFindings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Spot checks (抽查) of delegated decisions: opened by the delegating department's supervision group or a supervisor,
 * read by them, their findings recorded by them; the verification of a check's sample is open to anyone (ADR 0029).
 */
@JsonApi("/api/v1/spot-checks")
@Tag(name = "Spot checks", description = "电子监察：授权决定抽查（谁授权、谁监管）")
class SpotCheckApi {

    /** Staff: a group's members may hold any role; the policy decides whose group it is. */
    static final String STAFF = "hasAnyRole('CLERK','CHIEF_REPRESENTATIVE','REVIEWER','COORDINATOR','SUPERVISOR',"
            + "'DEPARTMENT_HEAD','ADMIN')";

    private final SpotCheckOpening opening;
    private final SpotChecks checks;
    private final SpotFindings findings;

    SpotCheckApi(SpotCheckOpening opening, SpotChecks checks, SpotFindings findings) {
        this.opening = opening;
        this.checks = checks;
        this.findings = findings;
    }

    /**
     * @param period {@code 2026-11} (a month), {@code 2026-Q4} (a quarter) or {@code 2026-11-03..2026-11-20} (days,
     *        both included), ended before today
     * @param rate at least 0.5; the configured rate when absent
     */
    record OpenRequest(@NotBlank @Size(max = Limits.DEPARTMENT) String department,
            @NotBlank @Size(max = 30) String period, @Nullable BigDecimal rate) {
    }

    @PostMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "Open a spot check of a department's delegated decisions in a period that has ended (2026-11, "
            + "2026-Q4 or 2026-11-03..2026-11-20) at a rate of at least 0.5: the department's supervision group or a "
            + "supervisor. The seed is the audit chain's head, recorded on the trail before the sample is drawn; the "
            + "Idempotency-Key header makes a retry return the same check")
    ResponseEntity<SpotCheckView> open(@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody @Valid OpenRequest request, Principal user) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new DomainException(Kind.INVALID, "spot-check-idempotency-key-missing",
                    "An Idempotency-Key header (1 to 100 characters) is required");
        }
        SpotCheckOpening.Opened opened = opening.open(request.department(), request.period(), request.rate(), key,
                user.getName());
        return ResponseEntity.status(opened.retry() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(SpotCheckView.of(opened.check(), checks.corrections(opened.check().id(), user.getName())));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "The spot checks the caller may read, newest first: a supervisor's of every department, a "
            + "supervision group's of its own department")
    List<SpotCheckSummary> list(Principal user) {
        return checks.list(user.getName());
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "A spot check: population, seed, sample, findings and the corrections they opened")
    SpotCheckView find(@PathVariable long id, Principal user) {
        return SpotCheckView.of(checks.find(id, user.getName()), checks.corrections(id, user.getName()));
    }

    @GetMapping("/{id}/verification")
    @Operation(summary = "Anyone: the check's sample drawn again from its seed (the prevHash of its \"open\" audit record) "
            + "and its population found again, compared with what the check recorded")
    SpotCheckVerification verification(@PathVariable long id) {
        return checks.verify(id);
    }

    /** A finding on a sampled decision, at the version the caller saw (0 before any finding). */
    record FindingRequest(@NotBlank @Size(max = Limits.NUMBER) String caseNumber,
            @NotBlank @Size(max = Limits.CODE) String itemCode, @NotNull FindingVerdict verdict,
            @Nullable @Size(max = SpotFindings.MAX_NOTES) String notes, @NotNull Long version) {
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize(STAFF)
    @Operation(summary = "Record the finding on a sampled decision: COMPLIANT (合规), FLAWED (瑕疵) or VIOLATION (违规), "
            + "the last two with notes; a violation opens a correction (纠错) and is final")
    SpotCheckView finding(@PathVariable long id, @RequestBody @Valid FindingRequest r, Principal user) {
        var check = findings.record(id, new DecisionKey(r.caseNumber().strip(), r.itemCode().strip()), r.verdict(),
                r.notes() == null ? "" : r.notes(), r.version(), user.getName());
        return SpotCheckView.of(check, checks.corrections(id, user.getName()));
    }
}
