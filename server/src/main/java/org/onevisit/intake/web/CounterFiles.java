package org.onevisit.intake.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.Intake;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.StoredFileId;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The files handed in for a case's materials, as the counter opens them: a PDF, JPEG or PNG whose bytes are what its
 * detected type says is sent inline with that type, so the case page shows it in its viewer (framed by the centre's
 * own pages only); anything else, or any file asked for as a download, as an attachment of no particular type. Every
 * answer forbids the browser to guess the type ({@code nosniff}). Only files of the case's own materials are served.
 */
@Controller
@RequestMapping("/staff/counter/cases/{number}/files")
@PreAuthorize(CounterDesk.OPENS)
class CounterFiles {

    private final Intake intake;
    private final MaterialFiles files;

    CounterFiles(Intake intake, MaterialFiles files) {
        this.intake = intake;
        this.files = files;
    }

    @GetMapping("/{id}")
    ResponseEntity<InputStreamResource> file(@PathVariable String number, @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean download) {
        StoredFileId fileId = ofCase(intake.find(number), id);
        MaterialFiles.Served served = files.served(fileId);
        boolean inline = served.inline() && !download;
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(served.file().originalName().isBlank() ? fileId + extension(served.file().mediaType())
                        : served.file().originalName(), StandardCharsets.UTF_8)
                .build();
        InputStream content = files.open(fileId);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(inline ? MediaType.parseMediaType(served.mediaType()) : MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(served.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (inline) {
            // the case page's viewer frames it; no other site may
            answer.header("X-Frame-Options", "SAMEORIGIN").header("Content-Security-Policy", "frame-ancestors 'self'");
        }
        return answer.body(new InputStreamResource(content));
    }

    /** The id of a file handed in for one of the case's materials; any other is not found, like an unknown one. */
    static StoredFileId ofCase(IntakeCase c, String id) {
        boolean ofCase = c.materials().stream().anyMatch(m -> m.files().contains(id));
        if (!ofCase) {
            throw new DomainException(Kind.NOT_FOUND, "files-not-found", "No such file: " + id, id);
        }
        return StoredFileId.parse(id);
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "application/ofd" -> ".ofd";
            default -> "";
        };
    }
}
