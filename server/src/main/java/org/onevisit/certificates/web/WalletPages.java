package org.onevisit.certificates.web;

import java.util.Locale;

import org.onevisit.catalog.Catalog;
import org.onevisit.certificates.CertificateCard;
import org.onevisit.certificates.CertificateDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 我的证照 in the portal: the signed-in applicant's e-certificates, each with its issuing department's name, its
 * status today, a PDF download and a link to the public verification with its number and code.
 */
@Controller
class WalletPages {

    private final WalletHolder wallet;
    private final CertificateDocuments documents;
    private final Catalog catalog;

    WalletPages(WalletHolder wallet, CertificateDocuments documents, Catalog catalog) {
        this.wallet = wallet;
        this.documents = documents;
        this.catalog = catalog;
    }

    /** A certificate in the wallet, with its department's name and where to verify it. */
    record WalletCard(CertificateCard card, String departmentName, String verify) {
    }

    @GetMapping("/portal/certificates")
    String wallet(Authentication applicant, Model model, Locale locale) {
        model.addAttribute("cards", wallet.cards(applicant.getName()).stream()
                .map(c -> new WalletCard(c, catalog.department(c.department()).map(d -> d.name(locale)).orElse(c.department()),
                        "/certificates/verify?number=" + c.number() + "&code=" + c.code()))
                .toList());
        model.addAttribute("verified", wallet.verified(applicant.getName()));
        return "certificates/wallet";
    }

    @GetMapping("/portal/certificates/{number}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, Authentication applicant) {
        String own = wallet.own(applicant.getName(), number).number();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(own + ".pdf").build()
                        .toString())
                .body(documents.pdf(own));
    }
}
