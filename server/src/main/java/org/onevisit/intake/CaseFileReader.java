package org.onevisit.intake;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onevisit.casework.MaterialsOnFile;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.StoredFile;
import org.onevisit.intake.files.StoredFileId;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;

/**
 * The files handed in for a case's materials, for whoever may read the case ({@link Intake#find(String, String)}:
 * staff any case, an applicant their own): each with its link, and its content for that link. A file is served only as
 * a file of the material it was handed in for. For casework's reviewers it is {@link MaterialsOnFile}.
 */
@Service
@ReadOnly
public class CaseFileReader implements MaterialsOnFile {

    private final Intake intake;
    private final MaterialFiles files;

    CaseFileReader(Intake intake, MaterialFiles files) {
        this.intake = intake;
        this.files = files;
    }

    /** A file of a material, opened; the caller closes {@code content}. */
    public record OpenedFile(StoredFile file, InputStream content) {
    }

    /** The link of a material's file: {@code GET /api/v1/cases/{number}/materials/{key}/files/{id}}. */
    public static String href(String caseNumber, String key, String fileId) {
        return "/api/v1/cases/" + UriUtils.encodePathSegment(caseNumber, java.nio.charset.StandardCharsets.UTF_8)
                + "/materials/" + UriUtils.encodePathSegment(key, java.nio.charset.StandardCharsets.UTF_8) + "/files/"
                + UriUtils.encodePathSegment(fileId, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public List<MaterialOnFile> of(String caseNumber, String reader) {
        IntakeCase c = intake.find(caseNumber, reader);
        List<MaterialOnFile> shown = new ArrayList<>();
        for (CaseMaterial m : c.materials()) {
            shown.add(new MaterialOnFile(m.key(), m.name(), m.necessity().name(), m.status().name(), m.neededBy(),
                    linksOf(caseNumber, m), m.note(), m.certificateType(), m.nameEn()));
        }
        return shown;
    }

    @Override
    public List<AnswerOnFile> answers(String caseNumber, String reader) {
        return intake.answersOf(intake.find(caseNumber, reader)).stream().map(a -> new AnswerOnFile(a.key(),
                a.label(), a.label(java.util.Locale.ENGLISH), a.shown(java.util.Locale.CHINESE),
                a.shown(java.util.Locale.ENGLISH))).toList();
    }

    /** The stored files of a material with their links, those the store no longer knows left out. */
    public List<FileOnFile> linksOf(String caseNumber, CaseMaterial m) {
        List<FileOnFile> links = new ArrayList<>();
        for (String id : m.files()) {
            stored(id).ifPresent(f -> links.add(new FileOnFile(id, f.originalName().isBlank() ? id : f.originalName(),
                    f.mediaType(), f.size(), href(caseNumber, m.key(), id), href(caseNumber, m.key(), id) + "?download=true")));
        }
        return links;
    }

    /**
     * The file {@code fileId} of material {@code key} of the case, opened for {@code reader}; not found (404) when the
     * case is not theirs to read, the material has no such file, or the file is gone.
     */
    public OpenedFile open(String caseNumber, String key, String fileId, String reader) {
        IntakeCase c = intake.find(caseNumber, reader);
        boolean ofTheMaterial = c.materials().stream().anyMatch(m -> m.key().equals(key) && m.files().contains(fileId));
        StoredFile file = ofTheMaterial ? stored(fileId).orElse(null) : null;
        if (file == null) {
            throw new DomainException(Kind.NOT_FOUND, "intake-file-not-found",
                    "No file " + fileId + " of material " + key + " of case " + caseNumber, key);
        }
        return new OpenedFile(file, files.open(file.id()));
    }

    private Optional<StoredFile> stored(String id) {
        try {
            return files.find(StoredFileId.parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
