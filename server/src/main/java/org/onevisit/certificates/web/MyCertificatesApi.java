package org.onevisit.certificates.web;

import java.util.List;

import org.onevisit.certificates.CertificateCard;
import org.onevisit.certificates.CertificateDocuments;
import org.onevisit.platform.JsonApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/** The signed-in applicant's e-certificates (我的证照) over JSON, for the mobile app and the kiosk. */
@JsonApi("/api/v1/me/certificates")
@Tag(name = "certificates")
@PreAuthorize("hasRole('APPLICANT')")
class MyCertificatesApi {

    private final WalletHolder wallet;
    private final CertificateDocuments documents;

    MyCertificatesApi(WalletHolder wallet, CertificateDocuments documents) {
        this.wallet = wallet;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "The e-certificates issued to the signed-in applicant's ID number or credit code, revoked and "
            + "expired ones too, newest first: each with its status today and the code that verifies it")
    List<CertificateCard> mine(Authentication user) {
        return wallet.cards(user.getName());
    }

    @GetMapping("/{number}/pdf")
    @Operation(summary = "One of the signed-in applicant's certificates as PDF, with the QR code of its verification "
            + "page; another holder's is not found")
    ResponseEntity<byte[]> pdf(@PathVariable @Size(max = 40) String number, Authentication user) {
        String own = wallet.own(user.getName(), number).number();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(own + ".pdf").build()
                        .toString())
                .body(documents.pdf(own));
    }
}
