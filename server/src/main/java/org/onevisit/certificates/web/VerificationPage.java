package org.onevisit.certificates.web;

import java.util.Locale;

import org.onevisit.catalog.Catalog;
import org.onevisit.certificates.CertificateVerifier;
import org.onevisit.certificates.Verification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public verification page (电子证照核验): a number and a verification code typed in, or the QR code of a
 * certificate scanned, show in big words whether the certificate is valid, revoked, expired, unknown or forged,
 * with the holder masked. No login: anyone shown a certificate may check it.
 */
@Controller
class VerificationPage {

    private final CertificateVerifier verifier;
    private final Catalog catalog;

    VerificationPage(CertificateVerifier verifier, Catalog catalog) {
        this.verifier = verifier;
        this.catalog = catalog;
    }

    @GetMapping("/certificates/verify")
    String verify(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String data, Model model, Locale locale) {
        String n = clip(number.strip(), 40);
        String c = clip(code.strip(), 200);
        model.addAttribute("number", n);
        model.addAttribute("code", c);
        Verification result = null;
        if (!data.isBlank()) {
            result = verifier.verify(clip(data.strip(), 8000));
        } else if (!n.isEmpty()) {
            result = c.isEmpty() ? verifier.check(n) : verifier.check(n, c);
        }
        if (result != null) {
            model.addAttribute("result", result);
            String department = result.department();
            model.addAttribute("department", department == null ? null
                    : catalog.department(department).map(d -> d.name(locale)).orElse(department));
        }
        return "certificates/verify";
    }

    private static String clip(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
