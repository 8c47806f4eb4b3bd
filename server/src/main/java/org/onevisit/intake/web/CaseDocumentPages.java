package org.onevisit.intake.web;

import java.util.Locale;

import org.onevisit.intake.CaseDocuments;
import org.onevisit.intake.CaseDocuments.DocumentKind;
import org.onevisit.intake.Intake;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The PDFs of a case for the counter's printer and the applicant's download: staff any case, applicants their own. */
@Controller
class CaseDocumentPages {

    private final CaseDocuments documents;
    private final Intake cases;

    CaseDocumentPages(CaseDocuments documents, Intake cases) {
        this.documents = documents;
        this.cases = cases;
    }

    @GetMapping("/cases/{number}/documents/{kind}.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> document(@PathVariable String number, @PathVariable String kind, Authentication user) {
        return pdf(documents.render(cases.find(number, user.getName()), kind(kind)), number, kind);
    }

    static DocumentKind kind(String kind) {
        try {
            return DocumentKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(Kind.NOT_FOUND, "intake-document-unknown", "No document kind " + kind, kind);
        }
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String number, String kind) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(number + "-" + kind.toLowerCase(Locale.ROOT) + ".pdf").build().toString())
                .body(bytes);
    }
}
