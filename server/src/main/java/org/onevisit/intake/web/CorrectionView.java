package org.onevisit.intake.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Correction;
import org.onevisit.intake.CaseFileReader;
import org.onevisit.intake.IntakeCase;

/**
 * A department's correction request (补正) as the applicant and the case's readers see it: which item and department,
 * exactly what to supply, whether the review still waits for it, and once answered the day, the files (with where to
 * fetch each) and the review's new deadline. Staff usernames are not shown.
 *
 * @param channel where the answer came in: WEB, COUNTER, or DEPARTMENT (recorded by the official, on paper)
 */
record CorrectionView(long id, String itemCode, String itemName, String department, String departmentName, String points,
        LocalDate requestedOn, boolean awaited, boolean supplied, @Nullable LocalDate suppliedOn, @Nullable String channel,
        String note, @Nullable LocalDate deadlineAfter, List<FileLink> files) {

    /** A file that answered the request, with the address that serves it to the case's readers. */
    record FileLink(String fileId, String name, String mediaType, long size, String href) {
    }

    static CorrectionView of(Correction c, IntakeCase ofCase, PortalNames names, Locale locale) {
        return new CorrectionView(c.id(), c.itemCode(), names.item(ofCase, c.itemCode(), locale), c.department(),
                names.department(c.department(), locale), c.points(), c.requestedOn(), c.awaited(), c.supplied(),
                c.suppliedOn(), c.channel(), c.note(), c.deadlineAfter(),
                c.files().stream().map(f -> new FileLink(f.fileId(), f.name(), f.mediaType(), f.size(),
                        CaseFileReader.answerHref(c.caseNumber(), c.id(), f.fileId()))).toList());
    }
}
