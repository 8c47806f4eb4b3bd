package org.onevisit.intake.web;

import java.nio.charset.StandardCharsets;

import org.onevisit.intake.CaseFileReader;
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
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/**
 * A file handed in for a case's material, for whoever may read the case (staff any, an applicant their own): shown in
 * the browser (inline) or downloaded ({@code ?download=true}), always with the type read from its content when it was
 * stored and {@code nosniff}, so a file is never run as a page.
 */
@JsonApi("/api/v1")
@Tag(name = "Intake")
class MaterialFileApi {

    private final CaseFileReader reader;

    MaterialFileApi(CaseFileReader reader) {
        this.reader = reader;
    }

    @GetMapping("/cases/{number}/materials/{key}/files/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A file of a case's material (PDF, JPEG, PNG or OFD), inline or as a download (download=true)")
    ResponseEntity<InputStreamResource> file(@PathVariable @Size(max = Limits.NUMBER) String number,
            @PathVariable @Size(max = Limits.CODE) String key, @PathVariable @Size(max = 40) String id,
            @RequestParam(defaultValue = "false") boolean download, Authentication user) {
        CaseFileReader.OpenedFile opened = reader.open(number, key, id, user.getName());
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(opened.file().originalName().isBlank() ? id : opened.file().originalName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(opened.file().mediaType()))
                .contentLength(opened.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(opened.content()));
    }
}
