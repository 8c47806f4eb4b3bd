package org.onevisit.kiosk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onevisit.catalog.Catalog;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.Channel;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.StatusLookups;
import org.onevisit.intake.Submission;
import org.onevisit.kiosk.KioskSettings.Device;
import org.onevisit.platform.ClientAddress;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What a kiosk does for the person in front of it: read their ID card (on an enrolled kiosk only), show their own
 * cases, register a pre-check (网上预审, here at the kiosk) of an item with the materials scanned, look a case up by
 * the receipt's QR code, and print slips. Nothing decided here: intake decides who may hand in what and what the
 * public may see.
 */
@Service
public class Kiosk {

    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);
    private static final int OWN_CASES = 20;

    private final IdCardReader reader;
    private final KioskPrinter printer;
    private final KioskSlips slips;
    private final Intake intake;
    private final StatusLookups lookups;
    private final Clock clock;

    Kiosk(IdCardReader reader, KioskPrinter printer, KioskSlips slips, Intake intake, StatusLookups lookups,
            Clock clock) {
        this.reader = reader;
        this.printer = printer;
        this.slips = slips;
        this.intake = intake;
        this.lookups = lookups;
        this.clock = clock;
    }

    /**
     * The card on the kiosk's reader.
     *
     * @throws DomainException NOT_FOUND when no card lies on the reader, RULE_VIOLATED for an expired card,
     *         UNAVAILABLE when the reader does not answer
     */
    public IdCard identify(Device kiosk) {
        IdCard card;
        try {
            card = reader.read().orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "kiosk-no-card",
                    "No ID card lies on the reader"));
        } catch (IdCardReader.ReaderUnavailable e) {
            log.warn("Kiosk {}: the ID card reader did not answer: {}", kiosk.id(), e.getMessage());
            throw new DomainException(Kind.UNAVAILABLE, "kiosk-reader-unavailable", "The ID card reader did not answer");
        }
        if (!card.validOn(LocalDate.now(clock))) {
            throw new DomainException(Kind.RULE_VIOLATED, "kiosk-card-expired", "The ID card is not valid today");
        }
        log.info("Kiosk {}: ID card {} read", kiosk.id(), card.maskedIdNumber());
        return card;
    }

    /** The cases of the person whose card was read, the newest first: handed in under their ID number. */
    public List<KioskCaseView> casesOf(IdCard card) {
        return intake.ofApplicant(card.idNumber(), OWN_CASES).stream().map(KioskCaseView::of).toList();
    }

    /**
     * Registers an online pre-check (预审) of the item for the person whose card was read, at this kiosk, with the
     * files scanned for its materials (material key to stored file ids): a clerk checks the materials before the
     * person comes to the counter. The case is handed in under the kiosk's counter account, into no portal account.
     */
    public IntakeCase preCheck(Device kiosk, IdCard card, PreCheckRequest request) {
        Applicant applicant = new Applicant(false, card.idNumber(), card.name(), request.phone(), null);
        Submission submission = new Submission(request.idempotencyKey(), Channel.KIOSK, request.item(), false,
                applicant, null, Map.of(), Map.of(), true, null);
        return intake.submit(submission, request.files(), kiosk.account());
    }

    /**
     * The public status of the case whose receipt QR code was scanned (or whose number was typed), for whoever knows
     * the last four digits of the applicant's phone, within the status lookup's limits.
     */
    public KioskCaseView status(String scanned, String lastFour, ClientAddress from) {
        String number = ScannedCode.caseNumber(scanned).orElseThrow(() -> new DomainException(Kind.INVALID,
                "kiosk-scan-unreadable", "The scanned code is not a case receipt's"));
        return KioskCaseView.of(lookups.find(number, lastFour, from));
    }

    /** The case number in what a scanner typed (a receipt's QR code) or the number pad gave; empty if none. */
    public Optional<String> scannedCaseNumber(String scanned) {
        return ScannedCode.caseNumber(scanned);
    }

    /** One of the person's own cases, as the kiosk shows it once their card was read. */
    public Optional<KioskCaseView> ownCase(IdCard card, String number) {
        return casesOf(card).stream().filter(c -> c.number().equals(number)).findFirst();
    }

    /** Prints a ticket slip on the kiosk's printer. */
    public void printTicket(TicketSlip slip) {
        print("ticket " + slip.ticketNumber(), slips.ticket(slip));
    }

    /** Prints a case's status slip on the kiosk's printer. */
    public void printStatus(KioskCaseView c) {
        print("status " + c.number(), slips.status(c));
    }

    private void print(String jobName, byte[] pdf) {
        try {
            printer.print(jobName, pdf);
        } catch (KioskPrinter.PrinterUnavailable e) {
            log.warn("Kiosk printing of {} failed: {}", jobName, e.getMessage(), e.getCause());
            throw new DomainException(Kind.UNAVAILABLE, "kiosk-printer-unavailable", "The printer did not take the job");
        }
    }

    /**
     * A pre-check asked for at the kiosk.
     *
     * @param item the item's code
     * @param phone the applicant's mobile number, typed on the kiosk's number pad, for the notices
     * @param files the stored files of the scanned materials, by material key
     */
    public record PreCheckRequest(String idempotencyKey, String item, String phone, Map<String, List<String>> files) {

        public PreCheckRequest {
            if (phone == null || !phone.matches("1\\d{10}")) {
                throw new DomainException(Kind.INVALID, "kiosk-phone-invalid", "A mobile number has 11 digits");
            }
            files = Map.copyOf(files);
        }
    }
}
