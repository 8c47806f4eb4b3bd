package org.onevisit.intake.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Correction;
import org.onevisit.casework.Corrections;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/**
 * The correction loop (补正) over JSON: a case's correction requests for whoever may read the case (its applicant, and
 * staff), and the applicant's answer as files — online, or at the counter — which resumes the review by itself. Each
 * file of an answer has its address in {@link CaseFileApi}.
 */
@JsonApi("/api/v1")
@Tag(name = "Intake", description = "一窗受理：收件、受理、一次性告知、容缺受理、不予受理、补正")
class CorrectionsApi {

    private final Intake intake;
    private final Corrections corrections;
    private final CorrectionUploads uploads;
    private final PortalNames names;

    CorrectionsApi(Intake intake, Corrections corrections, CorrectionUploads uploads, PortalNames names) {
        this.intake = intake;
        this.corrections = corrections;
        this.uploads = uploads;
        this.names = names;
    }

    @GetMapping("/cases/{number}/corrections")
    @Operation(summary = "The departments' correction requests (补正) on a case, the newest first: what to supply, "
            + "whether the review still waits for it, and the answer with its files and the review's new deadline")
    List<CorrectionView> list(@PathVariable @Size(max = Limits.NUMBER) String number, Authentication user,
            Locale locale) {
        IntakeCase c = intake.find(number, user.getName());
        return corrections.ofCase(number).stream().map(r -> CorrectionView.of(r, c, names, locale)).toList();
    }

    @PostMapping(path = "/cases/{number}/corrections/{id}", consumes = "multipart/form-data")
    @PreAuthorize(IntakeApi.SUBMITTERS)
    @Operation(summary = "Answer a correction request with its files (1 to 10; PDF, JPEG, PNG or OFD, checked by "
            + "content) and an optional note: the applicant online for their own case, or the counter. The review "
            + "resumes that day, its deadline moved by the working days it stood still (art. 45)")
    CorrectionView supply(@PathVariable @Size(max = Limits.NUMBER) String number, @PathVariable long id,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> given,
            @RequestParam(required = false) @Nullable @Size(max = CorrectionUploads.MAX_NOTE) String note,
            Authentication user, Locale locale) throws IOException {
        Channel channel = IntakeApi.isApplicant(user) ? Channel.WEB : Channel.COUNTER;
        Correction answered = uploads.supply(number, id, given, note, new Act(user.getName(), channel, null));
        return CorrectionView.of(answered, intake.find(number), names, locale);
    }
}
