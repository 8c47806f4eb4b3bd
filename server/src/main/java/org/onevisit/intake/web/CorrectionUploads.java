package org.onevisit.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Correction;
import org.onevisit.casework.CorrectionFile;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.StoredFile;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receives the files answering a correction request, from the portal page and the API alike: one to
 * {@value #MAX_FILES} files, each checked and kept by {@link MaterialFiles}, and only once the applicant may answer
 * the request at all — a refused answer leaves no file behind. Then the review resumes by itself.
 */
@Component
class CorrectionUploads {

    static final int MAX_FILES = 10;
    static final int MAX_NOTE = 1000;

    private final CaseSupplements supplements;
    private final MaterialFiles files;

    CorrectionUploads(CaseSupplements supplements, MaterialFiles files) {
        this.supplements = supplements;
        this.files = files;
    }

    Correction supply(String number, long id, @Nullable List<MultipartFile> uploads, @Nullable String note, Act act)
            throws IOException {
        List<MultipartFile> given = uploads == null ? List.of()
                : uploads.stream().filter(f -> f != null && !f.isEmpty()).toList();
        String text = note == null ? "" : note.strip();
        if (given.isEmpty()) {
            throw new DomainException(Kind.INVALID, "intake-correction-files-missing", "Choose the files of the correction");
        }
        if (given.size() > MAX_FILES) {
            throw new DomainException(Kind.INVALID, "intake-correction-too-many-files",
                    "At most " + MAX_FILES + " files answer one correction request", MAX_FILES);
        }
        if (text.length() > MAX_NOTE) {
            throw new DomainException(Kind.INVALID, "intake-correction-note-too-long",
                    "The note is longer than " + MAX_NOTE + " characters", MAX_NOTE);
        }
        supplements.forCorrection(number, id, act.actor());
        List<CorrectionFile> stored = new ArrayList<>();
        for (MultipartFile upload : given) {
            try (InputStream in = upload.getInputStream()) {
                StoredFile s = files.store(upload.getOriginalFilename(), in, act.actor());
                stored.add(new CorrectionFile(s.id().toString(), s.originalName(), s.mediaType(), s.size()));
            }
        }
        return supplements.supplyCorrection(number, id, stored, text, act);
    }
}
