package org.onevisit.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Correction;
import org.onevisit.casework.CorrectionFile;
import org.onevisit.casework.Corrections;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.StoredFileId;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * staff), the applicant's answer as files — online, or at the counter — which resumes the review by itself, and each
 * file of an answer for the case's readers.
 */
@JsonApi("/api/v1")
@Tag(name = "Intake", description = "一窗受理：收件、受理、一次性告知、容缺受理、不予受理、补正")
class CorrectionsApi {

    private final Intake intake;
    private final Corrections corrections;
    private final CorrectionUploads uploads;
    private final MaterialFiles files;
    private final PortalNames names;

    CorrectionsApi(Intake intake, Corrections corrections, CorrectionUploads uploads, MaterialFiles files,
            PortalNames names) {
        this.intake = intake;
        this.corrections = corrections;
        this.uploads = uploads;
        this.files = files;
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

    @GetMapping("/cases/{number}/corrections/{id}/files/{fileId}")
    @Operation(summary = "A file that answered a correction request, as an attachment of the type read from its "
            + "content, for whoever may read the case")
    ResponseEntity<InputStreamResource> file(@PathVariable @Size(max = Limits.NUMBER) String number,
            @PathVariable long id, @PathVariable @Size(max = 36) String fileId, Authentication user) {
        intake.find(number, user.getName());
        CorrectionFile file = corrections.find(number, id).files().stream().filter(f -> f.fileId().equals(fileId))
                .findFirst().orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "intake-correction-file-not-found",
                        "No such file in correction " + id, id));
        InputStream content = files.open(StoredFileId.parse(file.fileId()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType())).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}
