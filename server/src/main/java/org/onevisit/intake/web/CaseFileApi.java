package org.onevisit.intake.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onevisit.intake.CaseFileReader;
import org.onevisit.intake.CaseFileReader.OpenedFile;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/**
 * The one address of each file handed in for a case (ADR 0028) — for a material, or in answer to a correction request
 * — for whoever may read the case (staff any, an applicant their own), from the API and from every page alike. A PDF,
 * JPEG or PNG whose bytes are what its type says is sent inline with that type, framed by the centre's own pages only;
 * anything else, or any file asked for as a download ({@code ?download=true}), as an attachment of no particular type.
 * Every answer forbids the browser to guess the type ({@code nosniff}) and to keep a copy ({@code no-store}), and names
 * the file as handed in (RFC 6266). A file the caller may not see, or that is not one of the case's, is not found: a
 * problem for a program, the error page for a person who followed a page's link.
 */
@JsonApi("/api/v1")
@Tag(name = "Intake")
class CaseFileApi {

    private final CaseFileReader reader;
    private final MessageSource messages;

    CaseFileApi(CaseFileReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping("/cases/{number}/materials/{key}/files/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A file of a case's material (PDF, JPEG, PNG or OFD): inline when its bytes are a PDF, JPEG "
            + "or PNG, otherwise or with download=true as an attachment")
    Object materialFile(@PathVariable @Size(max = Limits.NUMBER) String number,
            @PathVariable @Size(max = Limits.CODE) String key, @PathVariable @Size(max = 40) String id,
            @RequestParam(defaultValue = "false") boolean download, Authentication user,
            @RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = "") String accept, Locale locale) {
        try {
            return answer(reader.open(number, key, id, user.getName()), id, download);
        } catch (DomainException e) {
            return notServed(e, accept, locale);
        }
    }

    @GetMapping("/cases/{number}/corrections/{id}/files/{fileId}")
    @Operation(summary = "A file that answered a correction request (补正), for whoever may read the case: inline when "
            + "its bytes are a PDF, JPEG or PNG, otherwise or with download=true as an attachment")
    Object answerFile(@PathVariable @Size(max = Limits.NUMBER) String number, @PathVariable long id,
            @PathVariable @Size(max = 40) String fileId, @RequestParam(defaultValue = "false") boolean download,
            Authentication user, @RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = "") String accept,
            Locale locale) {
        try {
            return answer(reader.openAnswer(number, id, fileId, user.getName()), fileId, download);
        } catch (DomainException e) {
            return notServed(e, accept, locale);
        }
    }

    /**
     * A file not found, or not the caller's to see, for a person who followed a page's link (the browser asks for HTML
     * by name): the error page in their language. A program gets the problem details of every other API error.
     */
    private ModelAndView notServed(DomainException e, String accept, Locale locale) {
        if (!followedFromAPage(accept)) {
            throw e;
        }
        HttpStatus status = DomainMessages.status(e);
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "error",
                DomainMessages.text(messages, e, locale)));
        page.setStatus(status);
        return page;
    }

    private static ResponseEntity<InputStreamResource> answer(OpenedFile opened, String id, boolean download) {
        boolean inline = opened.served().inline() && !download;
        String name = opened.served().file().originalName();
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name.isBlank() ? id + extension(opened.served().file().mediaType()) : name,
                        StandardCharsets.UTF_8)
                .build();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(inline ? MediaType.parseMediaType(opened.served().mediaType())
                        : MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(opened.served().file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (inline) {
            // the counter's and the review page's viewers frame it; no other site may
            answer.header("X-Frame-Options", "SAMEORIGIN").header("Content-Security-Policy", "frame-ancestors 'self'");
        }
        return answer.body(new InputStreamResource(opened.content()));
    }

    private static boolean followedFromAPage(String accept) {
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return accepted.stream().anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
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
