package org.onevisit.certificates.web;

import org.onevisit.certificates.CertificateDocuments;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.certificates.CertificateVerifier;
import org.onevisit.certificates.Verification;
import org.onevisit.certificates.VerificationKey;
import org.onevisit.platform.JsonApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * E-certificates (电子证照) over JSON: verification for anyone without a login, revocation and the PDF for staff.
 */
@JsonApi("/api/v1/certificates")
@Tag(name = "certificates")
class CertificateApi {

    private final CertificateVerifier verifier;
    private final CertificateRegister register;
    private final CertificateDocuments documents;

    CertificateApi(CertificateVerifier verifier, CertificateRegister register, CertificateDocuments documents) {
        this.verifier = verifier;
        this.register = register;
        this.documents = documents;
    }

    @GetMapping("/public-key")
    @Operation(summary = "The Ed25519 public key (X.509, Base64) that verifies certificate codes offline")
    VerificationKey publicKey() {
        return verifier.publicKey();
    }

    @GetMapping("/{number}")
    @Operation(summary = "The status of a certificate: VALID, REVOKED (with date and reason), EXPIRED or UNKNOWN, "
            + "with the holder masked")
    Verification status(@PathVariable @Size(max = 40) String number) {
        return verifier.check(number);
    }

    @PostMapping("/verification")
    @Operation(summary = "Verify a certificate as shown (every field and the code): VALID only if the code signs "
            + "exactly this content and the register holds it unrevoked and unexpired; FORGED if the code does not sign it")
    Verification verify(@RequestBody @Valid VerificationRequest request) {
        return verifier.verify(request.content(), request.code());
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify a certificate from the data of its QR code (Base64URL content, a dot, the code)")
    Verification verify(@RequestParam @NotBlank @Size(max = 8000) String data) {
        return verifier.verify(data);
    }

    @PostMapping("/{number}/revocation")
    @PreAuthorize("hasAnyRole('REVIEWER','CHIEF_REPRESENTATIVE')")
    @Operation(summary = "The issuing department revokes a certificate with a reason; it stays in the register and "
            + "verifies as REVOKED")
    Verification revoke(@PathVariable @Size(max = 40) String number, @RequestBody @Valid RevocationRequest request,
            Authentication who) {
        register.revoke(number, request.reason(), who.getName());
        return verifier.check(number);
    }

    @GetMapping("/{number}/pdf")
    @PreAuthorize("hasAnyRole('CLERK','CHIEF_REPRESENTATIVE','REVIEWER','COORDINATOR','SUPERVISOR','DEPARTMENT_HEAD','ADMIN')")
    @Operation(summary = "The certificate as PDF, with the QR code of its verification page")
    ResponseEntity<byte[]> pdf(@PathVariable @Size(max = 40) String number) {
        byte[] pdf = documents.pdf(number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(number + ".pdf").build().toString())
                .body(pdf);
    }
}
