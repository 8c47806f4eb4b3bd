package org.onevisit.intake;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.onevisit.casework.Corrections;
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
 * The files handed in for a case — for its materials, and in answer to a correction request (补正) — for whoever may
 * read the case ({@link Intake#find(String, String)}: staff any case, an applicant their own, including the counter's
 * cases of their verified identity, ADR 0020): each with its one link, and its content for that link (ADR 0028). A file
 * is served only as a file of the material or answer it was handed in for. For casework's reviewers it is
 * {@link MaterialsOnFile}.
 */
@Service
@ReadOnly
public class CaseFileReader implements MaterialsOnFile {

    private final Intake intake;
    private final MaterialFiles files;
    private final Corrections corrections;

    CaseFileReader(Intake intake, MaterialFiles files, Corrections corrections) {
        this.intake = intake;
        this.files = files;
        this.corrections = corrections;
    }

    /**
     * A file of the case, opened: how it is sent to a browser ({@link MaterialFiles#served}: inline only when its bytes
     * are the PDF, JPEG or PNG its type says) and its content, which the caller closes.
     */
    public record OpenedFile(MaterialFiles.Served served, InputStream content) {
    }

    /** A file of one of the case's materials, as a page shows it: the material it was handed in for, and its link. */
    public record FileOfMaterial(MaterialFiles.Served served, CaseMaterial material, String href) {
    }

    /** The link of a material's file: {@code GET /api/v1/cases/{number}/materials/{key}/files/{id}}. */
    public static String href(String caseNumber, String key, String fileId) {
        return "/api/v1/cases/" + UriUtils.encodePathSegment(caseNumber, java.nio.charset.StandardCharsets.UTF_8)
                + "/materials/" + UriUtils.encodePathSegment(key, java.nio.charset.StandardCharsets.UTF_8) + "/files/"
                + UriUtils.encodePathSegment(fileId, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The link of a file that answered a correction request: {@code GET /api/v1/cases/{number}/corrections/{id}/files/{f}}. */
    public static String answerHref(String caseNumber, long correction, String fileId) {
        return "/api/v1/cases/" + UriUtils.encodePathSegment(caseNumber, java.nio.charset.StandardCharsets.UTF_8)
                + "/corrections/" + correction + "/files/"
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
        return opened(ofTheMaterial ? stored(fileId) : Optional.empty(), () -> new DomainException(Kind.NOT_FOUND,
                "intake-file-not-found", "No file " + fileId + " of material " + key + " of case " + caseNumber, key));
    }

    /**
     * The file {@code fileId} that answered correction request {@code correction} of the case, opened for
     * {@code reader}; not found when the case is not theirs to read or the answer has no such file.
     */
    public OpenedFile openAnswer(String caseNumber, long correction, String fileId, String reader) {
        intake.find(caseNumber, reader);
        boolean ofTheAnswer = corrections.find(caseNumber, correction).files().stream()
                .anyMatch(f -> f.fileId().equals(fileId));
        return opened(ofTheAnswer ? stored(fileId) : Optional.empty(), () -> new DomainException(Kind.NOT_FOUND,
                "intake-correction-file-not-found", "No file " + fileId + " in correction " + correction, correction));
    }

    /**
     * The file {@code fileId} of one of the materials of a case the caller has already read, with the material and
     * the file's link; not found when none of its materials has such a stored file.
     */
    public FileOfMaterial ofMaterial(IntakeCase c, String fileId) {
        CaseMaterial material = c.materials().stream().filter(m -> m.files().contains(fileId)).findFirst()
                .filter(m -> stored(fileId).isPresent())
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "files-not-found", "No such file: " + fileId,
                        fileId));
        return new FileOfMaterial(files.served(StoredFileId.parse(fileId)), material,
                href(c.number().value(), material.key(), fileId));
    }

    /** What is stored of each file of the case's materials, by id; an id the store does not know is left out. */
    public Map<String, StoredFile> storedOf(IntakeCase c) {
        Map<String, StoredFile> stored = new LinkedHashMap<>();
        c.materials().forEach(m -> m.files().forEach(id -> stored(id).ifPresent(f -> stored.put(id, f))));
        return stored;
    }

    private OpenedFile opened(Optional<StoredFile> file, Supplier<DomainException> notFound) {
        StoredFile found = file.orElseThrow(notFound);
        return new OpenedFile(files.served(found.id()), files.open(found.id()));
    }

    private Optional<StoredFile> stored(String id) {
        try {
            return files.find(StoredFileId.parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
