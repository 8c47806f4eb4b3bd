package org.onevisit.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.JsonApi;
import org.onevisit.audit.AuditCheckpoint;
import org.onevisit.audit.AuditRecord;
import org.onevisit.audit.AuditTrail;
import org.onevisit.audit.ChainVerification;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The audit trail for supervisors and administrators: verify the whole chain, read the history of one
 * record, export the signed checkpoints. Personal data in the values is masked.
 */
@JsonApi("/api/v1/audit")
@Tag(name = "audit")
class AuditApi {

    /** JSON lines (NDJSON), as the checkpoint files hold them. */
    static final String CHECKPOINT_LINES = "application/x-ndjson";
    private static final int EXPORT_PAGE = 1_000;

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "Verify the audit trail: every hash recomputed, every link and the chain head checked, and the "
            + "chain compared with every signed checkpoint (the checkpoint folder's and the database's); with from and "
            + "to, only the entries in that range of seq")
    ChainVerification verification(@RequestParam(required = false) @Nullable Long from,
            @RequestParam(required = false) @Nullable Long to) {
        if (from == null && to == null) {
            return trail.verify();
        }
        return trail.verify(from == null ? 1 : from, to == null ? Long.MAX_VALUE : to);
    }

    @GetMapping(path = "/checkpoints", produces = CHECKPOINT_LINES)
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "The signed checkpoints of the audit chain after seq `after`, one JSON line each: the export a "
            + "supervisor keeps outside the centre, to verify the trail against later "
            + "(--onevisit.command=verify-audit --onevisit.audit.checkpoint-export=FILE)")
    void checkpoints(@RequestParam(defaultValue = "0") @PositiveOrZero long after, HttpServletResponse response)
            throws IOException {
        response.setContentType(CHECKPOINT_LINES + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit-checkpoints.jsonl").build().toString());
        Writer out = response.getWriter();
        long from = after;
        List<AuditCheckpoint> page;
        do {
            page = trail.checkpoints(from, EXPORT_PAGE);
            for (AuditCheckpoint checkpoint : page) {
                out.write(checkpoint.line());
                out.write('\n');
                from = checkpoint.seq();
            }
        } while (page.size() == EXPORT_PAGE);
        out.flush();
    }

    @GetMapping("/records")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "The audit entries of one record, e.g. a case (subject=case), oldest first")
    List<AuditRecord> records(@RequestParam(defaultValue = "case") @NotBlank @Size(max = 40) String subject,
            @RequestParam @NotBlank @Size(max = 100) String subjectId) {
        return trail.history(subject, subjectId);
    }
}
