package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditedChange;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.certificates.Approval;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.notification.TextMessage;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrective decision (纠错) on an item's decision that supervision found wrong: the decision amended — its
 * outcome and text replaced, e.g. an approval's conditions corrected or an approval turned into a refusal — or
 * revoked. In the caller's transaction and under the case's lock: the item's certificate still valid is revoked and,
 * for an amendment that still approves a licence, issued again with the corrected content; the applicants are told by
 * text message; the correction is on the case's audit trail with the decision as it stood before. Who corrects is the
 * caller's to check (supervision's groups and supervisors); casework records it.
 */
@Service
public class DecisionCorrecting {

    /** What a corrective decision does to the decision. */
    public enum Action {
        /** The decision's outcome and text are replaced. */
        AMEND,
        /** The decision is revoked (撤销). */
        REVOKE
    }

    /**
     * A corrective decision as taken.
     *
     * @param approvedBefore whether the decision approved the item before it was corrected
     * @param approvedAfter whether it approves the item now: false once revoked
     * @param revokedCertificate the certificate revoked; null when the item had none valid
     * @param reissuedCertificate the certificate issued again with the corrected content; null when none was
     */
    public record Corrected(String caseNumber, String itemCode, Action action, boolean approvedBefore,
            String textBefore, boolean approvedAfter, String textAfter, @Nullable String revokedCertificate,
            @Nullable String reissuedCertificate) {
    }

    /** A corrected decision's text is at most this long, as a decision's reasons. */
    public static final int MAX_TEXT = 4000;

    private final CaseDossiers dossiers;
    private final ItemDecisions decisions;
    private final Catalog catalog;
    private final CertificateRegister certificates;
    private final ApplicantTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionCorrecting(CaseDossiers dossiers, ItemDecisions decisions, Catalog catalog, CertificateRegister certificates,
            ApplicantTexts texts, ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.catalog = catalog;
        this.certificates = certificates;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Corrects the item's decision: for {@link Action#AMEND} to {@code approve} with {@code text} (the conditions of an
     * approval, the reasons of a refusal — a refusal states them); for {@link Action#REVOKE} the decision is revoked
     * and {@code approve} is not read. {@code grounds} say why (the finding), on the trail and on the certificate's
     * revocation.
     */
    @Transactional
    public Corrected correct(String caseNumber, String itemCode, Action action, boolean approve, String text,
            String grounds, String by) {
        CaseDossier c = dossiers.locked(caseNumber);
        FileItem item = c.item(itemCode);
        Deciding.Decision before = c.decisions().stream().filter(d -> d.itemCode().equals(itemCode)).findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-item-not-decided",
                        "Item " + itemCode + " of case " + caseNumber + " is not decided", caseNumber, itemCode));
        if (decisions.revoked(caseNumber, itemCode)) {
            throw new DomainException(Kind.CONFLICT, "casework-decision-revoked",
                    "The decision on item " + itemCode + " of case " + caseNumber + " is revoked already", caseNumber,
                    itemCode);
        }
        String after = text.strip();
        boolean approvedAfter = action == Action.AMEND && approve;
        if (action == Action.AMEND && !approve && after.isEmpty()) {
            throw CaseworkRefused.rule("casework-decision-reasons-missing",
                    "A denial, or an approval over an objection, states its reasons");
        }
        if (after.length() > MAX_TEXT) {
            throw new DomainException(Kind.INVALID, "casework-corrected-text-too-long",
                    "A corrected decision's text is at most " + MAX_TEXT + " characters", MAX_TEXT);
        }
        decisions.correct(caseNumber, itemCode, action == Action.REVOKE ? before.approved() : approvedAfter,
                action == Action.REVOKE ? before.reasons() : after, action == Action.REVOKE, by, clock.instant());
        LocalDate today = LocalDate.now(clock);
        ItemDetails published = catalog.published(itemCode, item.version());
        Holder holder = c.file().facts().holder();
        Approval approval = approvedAfter ? new Approval(caseNumber, itemCode, published.department(),
                published.resultType().name(), published.resultName(), holder.identifier(), holder.name(),
                holder.legalPerson(), today, null, after) : null;
        String reason = "审批决定经监督纠错已" + (action == Action.REVOKE ? "撤销" : "变更") + "：" + grounds.strip();
        CertificateRegister.Reissue reissue = certificates.reissueOnCorrection(caseNumber, itemCode, approval,
                reason.length() > 500 ? reason.substring(0, 500) : reason, by);
        Map<String, String> was = Map.of("item", itemCode, "approved", String.valueOf(before.approved()), "reasons",
                before.reasons(), "decidedBy", before.decidedBy());
        Map<String, String> now = new HashMap<>(Map.of("item", itemCode, "action", action.name(), "approved",
                String.valueOf(approvedAfter), "reasons", action == Action.REVOKE ? "" : after, "grounds", grounds.strip()));
        if (reissue.revoked() != null) {
            now.put("revokedCertificate", reissue.revoked());
        }
        if (reissue.issued() != null) {
            now.put("reissuedCertificate", reissue.issued());
        }
        events.publishEvent(new AuditedChange("case", caseNumber, "correct-decision", by, "DEPARTMENT", was, now,
                clock.instant()));
        String how = action == Action.REVOKE ? "撤销" : approvedAfter ? "变更为准予许可" : "变更为不予许可";
        String detail = action == Action.REVOKE ? "" : after;
        texts.text(c.file(), TextMessage.DECISION_CORRECTED, Map.of("number", caseNumber, "subject",
                c.file().facts().subjectName(), "item", published.name(), "how", how, "text",
                detail.length() > 200 ? detail.substring(0, 200) + "…" : detail.isEmpty() ? "无" : detail,
                "certificate", reissue.issued() != null ? "已重新核发电子证照" + reissue.issued()
                        : reissue.revoked() != null ? "原电子证照已撤销" : "无电子证照变动"));
        return new Corrected(caseNumber, itemCode, action, before.approved(), before.reasons(), approvedAfter,
                action == Action.REVOKE ? "" : after, reissue.revoked(), reissue.issued());
    }
}
