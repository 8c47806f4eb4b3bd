package org.onevisit.supervision.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.JsonApi;
import org.onevisit.supervision.AuditRecord;
import org.onevisit.supervision.AuditTrail;
import org.onevisit.supervision.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The audit trail for supervisors and administrators: verify the whole chain, read the history of one
 * record. Personal data in the values is masked.
 */
@JsonApi("/api/v1/audit")
@Tag(name = "audit")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "Verify the audit trail: every hash recomputed, every link and the chain head checked; "
            + "with from and to, only the entries in that range of seq")
    ChainVerification verification(@RequestParam(required = false) @Nullable Long from,
            @RequestParam(required = false) @Nullable Long to) {
        if (from == null && to == null) {
            return trail.verify();
        }
        return trail.verify(from == null ? 1 : from, to == null ? Long.MAX_VALUE : to);
    }

    @GetMapping("/records")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "The audit entries of one record, e.g. a case (subject=case), oldest first")
    List<AuditRecord> records(@RequestParam(defaultValue = "case") @NotBlank @Size(max = 40) String subject,
            @RequestParam @NotBlank @Size(max = 100) String subjectId) {
        return trail.history(subject, subjectId);
    }
}
