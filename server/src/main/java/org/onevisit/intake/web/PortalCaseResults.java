package org.onevisit.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Corrections;
import org.onevisit.casework.Deciding;
import org.onevisit.certificates.CertificateCard;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.files.MaterialFiles;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The parts of the applicant's case page after acceptance (the fragment {@code intake/portal-case-results}): the
 * departments' correction requests (补正材料) with the form to answer each still awaited, the decisions with their
 * documents, and the certificates issued — names, not codes.
 */
@Component
class PortalCaseResults {

    private final Corrections corrections;
    private final Deciding deciding;
    private final CertificateRegister certificates;
    private final PortalNames names;
    private final Clock clock;
    private final MaterialFiles files;

    PortalCaseResults(Corrections corrections, Deciding deciding, CertificateRegister certificates, PortalNames names,
            Clock clock, MaterialFiles files) {
        this.files = files;
        this.corrections = corrections;
        this.deciding = deciding;
        this.certificates = certificates;
        this.names = names;
        this.clock = clock;
    }

    /** A decision on an item as the applicant sees it, with its document. */
    record DecisionRow(String itemCode, String itemName, boolean approved, String reasons, LocalDate decidedOn,
            String document) {
    }

    /** A certificate of the case as the applicant sees it, with where to download and verify it. */
    record CertificateRow(CertificateCard card, String departmentName, String pdf, String verify) {
    }

    /** Adds the case's corrections, decisions and certificates to the page's model; none before acceptance. */
    void addTo(Model model, IntakeCase c) {
        Locale locale = LocaleContextHolder.getLocale();
        String number = c.number().value();
        boolean accepted = c.status().accepted();
        model.addAttribute("corrections", !accepted ? List.of()
                : corrections.ofCase(number).stream().map(r -> CorrectionView.of(r, c, names, locale)).toList());
        model.addAttribute("decisions", !accepted ? List.of() : deciding.decisionsOf(number).stream()
                .map(d -> new DecisionRow(d.itemCode(), names.item(c, d.itemCode(), locale), d.approved(), d.reasons(),
                        LocalDate.ofInstant(d.decidedAt(), clock.getZone()),
                        "/portal/cases/" + number + "/decisions/" + d.itemCode() + ".pdf"))
                .toList());
        model.addAttribute("caseCertificates", !accepted ? List.of() : certificates.ofCase(number).stream()
                .map(card -> row(card, number, locale)).toList());
        model.addAttribute("correctionMaxFiles", CorrectionUploads.MAX_FILES);
        model.addAttribute("correctionMaxSize", files.maxSize().toMegabytes() + " MB");
    }

    private CertificateRow row(CertificateCard card, @Nullable String caseNumber, Locale locale) {
        return new CertificateRow(card, names.department(card.department(), locale),
                "/portal/cases/" + caseNumber + "/certificates/" + card.number() + ".pdf",
                "/certificates/verify?number=" + card.number() + "&code=" + card.code());
    }
}
