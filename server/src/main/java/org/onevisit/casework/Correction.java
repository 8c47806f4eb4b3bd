package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A department's correction request (补正) on its review of one item of a case, and the applicant's answer to it: the
 * request stops the review's clock; the answer — files handed in online or at the counter, or what the official
 * recorded as received on paper — resumes it that day, its deadline moved by the working days it stood still
 * (《行政许可法》第四十五条).
 *
 * @param points exactly what the applicant is asked to supply, as the department wrote it
 * @param suppliedOn the day the answer came in; null while the request is open
 * @param channel where the answer came in: WEB (the portal or the API), COUNTER, or DEPARTMENT (recorded by the official)
 * @param deadlineAfter the review's deadline once it resumed
 * @param awaited whether the review still waits for this answer (open, and the review not closed meanwhile)
 */
public record Correction(long id, long taskId, String caseNumber, String itemCode, String department, String points,
        LocalDate requestedOn, String requestedBy, @Nullable LocalDate suppliedOn, @Nullable Instant suppliedAt,
        @Nullable String suppliedBy, @Nullable String channel, String note, @Nullable LocalDate deadlineAfter,
        boolean awaited, List<CorrectionFile> files) {

    public Correction {
        note = note == null ? "" : note;
        files = List.copyOf(files);
    }

    /** Whether the answer came in. */
    public boolean supplied() {
        return suppliedOn != null;
    }
}
