package org.onevisit.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actors;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.ReadOnly;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of e-certificates (电子证照库): finds them, revokes them, and lets later cases reuse them as
 * evidence instead of asking the applicant for the paper again (免提交), counting every reuse.
 */
@Service
public class CertificateRegister {

    private final Certificates certificates;
    private final CertificateIssuing issuing;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Actors actors;

    CertificateRegister(Certificates certificates, CertificateIssuing issuing, ApplicationEventPublisher events,
            Clock clock, Actors actors) {
        this.certificates = certificates;
        this.issuing = issuing;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Certificate> find(String number) {
        return certificates.find(number);
    }

    /** The certificate issued for an item of a case, if any. */
    public Optional<Certificate> issuedFor(String caseNumber, String itemCode) {
        return certificates.findFor(caseNumber, itemCode);
    }

    /**
     * Revokes a certificate (撤销) with the reason, recording who and when; the certificate stays in the register
     * and verifies as revoked from then on. Only the issuing department revokes ({@link RevocationPolicy}).
     */
    @Transactional
    public Certificate revoke(String number, String reason, String actor) {
        Certificate certificate = certificates.find(number).orElseThrow(() -> notFound(number));
        RevocationPolicy.check(actors.of(actor), certificate);
        return revokeIfValid(certificate, reason, actor).orElseThrow(() -> new DomainException(Kind.CONFLICT,
                "certificate-already-revoked", "The certificate " + number + " is revoked already.",
                Map.of("number", number), number));
    }

    /**
     * Issues the certificate of an approved item whose result is a licence, in the transaction of the decision: an
     * approval and its certificate commit together or not at all. Nothing for any other result.
     */
    @Transactional
    public Optional<Certificate> issue(Approval approval) {
        return issuing.issue(approval);
    }

    /**
     * Revokes every certificate a case still has valid, with the reason: its approval rested on something that did not
     * hold (a 容缺 pledge broken). The system does it, not a department.
     */
    @Transactional
    public void revokeOfCase(String caseNumber, String reason, String actor) {
        for (Certificate held : certificates.unrevokedOfCase(caseNumber)) {
            revokeIfValid(held, reason, actor);
        }
    }

    /**
     * A corrective decision (纠错) on an item's decision: revokes the item's certificate still valid, with the reason
     * (the decision it was issued on was corrected), and, when the corrected decision still approves the item, issues
     * its certificate again with the corrected content, in the corrective decision's transaction. The body that
     * corrects is the supervision of the delegating department, not an official of the issuing department, so
     * {@link RevocationPolicy} is not asked; the caller has checked who corrects.
     *
     * @param corrected the corrected approval; null when the decision was revoked or turned into a refusal
     */
    @Transactional
    public Reissue reissueOnCorrection(String caseNumber, String itemCode, @Nullable Approval corrected, String reason,
            String actor) {
        Optional<Certificate> revoked = certificates.findFor(caseNumber, itemCode)
                .filter(c -> c.revocation() == null).flatMap(c -> revokeIfValid(c, reason, actor));
        Optional<Certificate> issued = corrected == null ? Optional.empty() : issuing.reissue(corrected);
        return new Reissue(revoked.map(c -> c.content().number()).orElse(null),
                issued.map(c -> c.content().number()).orElse(null));
    }

    /**
     * What a corrective decision did to an item's certificates.
     *
     * @param revoked the number of the certificate revoked; null when the item had none valid
     * @param issued the number of the certificate issued again; null when none was
     */
    public record Reissue(@Nullable String revoked, @Nullable String issued) {
    }

    /** Revokes the certificate unless it is revoked already (then nothing). */
    @Transactional
    Optional<Certificate> revokeIfValid(Certificate certificate, String reason, String actor) {
        String number = certificate.content().number();
        Revocation revocation = new Revocation(reason.strip(), actor, clock.instant());
        if (!certificates.revoke(number, revocation)) {
            return Optional.empty();
        }
        events.publishEvent(new AuditedChange("certificate", number, "revoke", actor, "SYSTEM",
                Map.of("status", "VALID"), Map.of("status", "REVOKED", "reason", revocation.reason()),
                revocation.revokedAt()));
        CertificateContent c = certificate.content();
        events.publishEvent(new CertificateRevoked(number, c.type(), certificate.caseNumber(), certificate.itemCode(),
                c.department(), revocation.revokedAt()));
        return Optional.of(new Certificate(certificate.content(), certificate.code(), certificate.keyId(),
                certificate.caseNumber(), certificate.itemCode(), revocation));
    }

    /** Every certificate issued for the case, revoked ones too, as the case's readers see them. */
    @ReadOnly
    public List<CertificateCard> ofCase(String caseNumber) {
        LocalDate today = LocalDate.now(clock);
        return certificates.ofCase(caseNumber).stream().map(c -> CertificateCard.of(c, today, clock.getZone())).toList();
    }

    /**
     * Every certificate issued to the holder (电子证照, their wallet), revoked and expired ones too, newest first; at
     * most 200.
     */
    @ReadOnly
    public List<CertificateCard> ofHolder(String holderIdentifier) {
        LocalDate today = LocalDate.now(clock);
        return certificates.ofHolder(holderIdentifier, 200).stream().map(c -> CertificateCard.of(c, today, clock.getZone())).toList();
    }

    /**
     * The certificate, for its holder ({@link HolderPolicy}): another holder's, or none, is not found alike, so that
     * numbers cannot be probed.
     */
    @ReadOnly
    public Certificate heldBy(String number, String holderIdentifier) {
        Certificate certificate = certificates.find(number).orElseThrow(() -> notFound(number));
        HolderPolicy.check(certificate, holderIdentifier);
        return certificate;
    }

    /** The holder's certificates valid on the day — issued, not revoked, not expired — newest first. */
    public List<HeldCertificate> validFor(String holderIdentifier, LocalDate on) {
        return certificates.validOf(holderIdentifier, on).stream().map(Certificate::held).toList();
    }

    /** The holder's newest certificate of the type valid on the day, e.g. 营业执照. */
    public Optional<String> validOfType(String holderIdentifier, String type, LocalDate on) {
        return heldOfType(holderIdentifier, type, on).map(HeldCertificate::number);
    }

    public Optional<HeldCertificate> heldOfType(String holderIdentifier, String certificateType, LocalDate on) {
        return certificates.validOf(holderIdentifier, on).stream()
                .filter(c -> c.content().type().equals(certificateType))
                .findFirst().map(Certificate::held);
    }

    /**
     * Records that a case used the certificate instead of a material (免提交). Recording the same case twice
     * counts once.
     */
    @Transactional
    public void recordReuse(String number, String caseNumber) {
        if (certificates.find(number).isEmpty()) {
            throw notFound(number);
        }
        certificates.recordReuse(number, caseNumber, clock.instant());
    }

    /** How many times cases used a certificate instead of asking for the material: a KPI of "data runs". */
    public long reuseCount() {
        return certificates.reuseCount();
    }

    static DomainException notFound(String number) {
        return new DomainException(Kind.NOT_FOUND, "certificate-not-found", "No certificate has the number " + number + ".",
                Map.of("number", number), number);
    }
}
