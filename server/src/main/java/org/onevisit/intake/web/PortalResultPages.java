package org.onevisit.intake.web;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onevisit.casework.DecisionDocuments;
import org.onevisit.certificates.CertificateDocuments;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's results in the portal: answering a correction request with its files (the review resumes by
 * itself), a decision's document and a certificate of their own case as PDF, and the message centre (消息中心) with
 * every message their cases sent. Another applicant's case is not found, exactly as one that does not exist.
 */
@Controller
class PortalResultPages {

    private final Intake intake;
    private final CorrectionUploads uploads;
    private final DecisionDocuments decisions;
    private final CertificateRegister certificates;
    private final CertificateDocuments certificateDocuments;
    private final ApplicantMessages messages;
    private final MessageSource texts;
    private final Clock clock;

    PortalResultPages(Intake intake, CorrectionUploads uploads, DecisionDocuments decisions,
            CertificateRegister certificates, CertificateDocuments certificateDocuments, ApplicantMessages messages,
            MessageSource texts, Clock clock) {
        this.clock = clock;
        this.intake = intake;
        this.uploads = uploads;
        this.decisions = decisions;
        this.certificates = certificates;
        this.certificateDocuments = certificateDocuments;
        this.messages = messages;
        this.texts = texts;
    }

    @PostMapping("/portal/cases/{number}/corrections/{id}")
    String supply(@PathVariable String number, @PathVariable long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "") String note, Authentication applicant, Locale locale,
            RedirectAttributes redirect) throws IOException {
        mine(number, applicant);
        try {
            uploads.supply(number, id, files, note, new Act(applicant.getName(), Channel.WEB, null));
            redirect.addFlashAttribute("done", texts.getMessage("intake.page.correction.done", null, locale));
        } catch (DomainException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("correctionProblem", DomainMessages.text(texts, e, locale));
            redirect.addFlashAttribute("correctionId", id);
        }
        return "redirect:/portal/cases/" + number + "#corrections";
    }

    @GetMapping("/portal/cases/{number}/decisions/{code}.pdf")
    ResponseEntity<byte[]> decision(@PathVariable String number, @PathVariable String code, Authentication applicant) {
        mine(number, applicant);
        return pdf(decisions.render(number, code), number + "-" + code + ".pdf");
    }

    @GetMapping("/portal/cases/{number}/certificates/{certificate}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String number, @PathVariable String certificate,
            Authentication applicant) {
        mine(number, applicant);
        if (certificates.ofCase(number).stream().noneMatch(c -> c.number().equals(certificate))) {
            throw new DomainException(Kind.NOT_FOUND, "certificate-not-found", "No certificate " + certificate,
                    Map.of("number", certificate), certificate);
        }
        return pdf(certificateDocuments.pdf(certificate), certificate + ".pdf");
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A message in the message centre: about which case, what it said, to which (masked) phone, when. */
    record MessageRow(String caseNumber, String kind, String text, String phone, String at, boolean sent,
            java.util.List<org.onevisit.notification.Delivery> deliveries) {
    }

    @GetMapping("/portal/messages")
    String messages(Authentication applicant, Model model) {
        model.addAttribute("messages", messages.of(applicant.getName()).stream()
                .map(m -> new MessageRow(m.subjectId(), m.kind(), m.body(), m.maskedPhone(),
                        MINUTES.format(m.queuedAt().atZone(clock.getZone())), m.sent(), m.deliveries()))
                .toList());
        model.addAttribute("limit", ApplicantMessages.LIMIT);
        return "intake/portal-messages";
    }

    /** The case must be the applicant's own: another's is not found. */
    private void mine(String number, Authentication applicant) {
        intake.find(number, applicant.getName());
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
