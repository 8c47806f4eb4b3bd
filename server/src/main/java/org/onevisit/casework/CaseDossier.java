package org.onevisit.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onevisit.casework.CaseStages.CaseStage;
import org.onevisit.casework.Deciding.Decision;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * An accepted case as a decision sees it (办件卷宗): its file, the stages of its plan, every review of its items and
 * the decisions taken so far. Deciding an item is its verb: {@link #decideItem} checks the rules of a decision in the
 * order they refuse and returns what the decision brings about; {@link #readiness} is the same rule for the pages
 * that offer the decision. Who may decide is {@link DecisionPolicy}'s, asked before.
 *
 * @param plan the stages of the case's plan, which order a bundle's decisions; may be empty for a case of one item
 */
record CaseDossier(CaseFile file, List<CaseStage> plan, List<ReviewTask> reviews, List<Decision> decisions) {

    CaseDossier {
        plan = List.copyOf(plan);
        reviews = List.copyOf(reviews);
        decisions = List.copyOf(decisions);
    }

    /** The item of the case with that code; refused when the case does not apply for it. */
    FileItem item(String code) {
        return file.item(code).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-item-not-in-case",
                "Case " + file.number() + " has no item " + code, file.number(), code));
    }

    List<ReviewTask> reviewsOf(String code) {
        return reviews.stream().filter(t -> t.itemCode().equals(code)).toList();
    }

    boolean decided(String code) {
        return decidedItems().contains(code);
    }

    /** In a bundle, the item of an earlier stage still undecided that {@code code} waits for. */
    Optional<String> waitsFor(String code) {
        return file.facts().bundle() ? DecisionOrder.firstUndecidedBefore(code, plan, reviews, decidedItems())
                : Optional.empty();
    }

    /** Whether the item may be decided now, after its reviews ({@link DecisionReadiness#toDecide}), and if not why. */
    Optional<CaseworkRefused> readiness(String code) {
        return DecisionReadiness.toDecide(file.number(), file.status(), code, reviewsOf(code), waitsFor(code));
    }

    /**
     * 审批决定: takes {@code decision} on its item — an item of this case, ready ({@link #readiness}), with reasons
     * where the law asks for them, not decided before — and returns it as recorded (its reasons stripped), the
     * {@link ItemDecided} it brings about and whether it was the case's last undecided item.
     *
     * @param published the item's catalog version the case was accepted under: what the decision grants
     */
    DecisionTaken decideItem(Decision decision, ItemDetails published, LocalDate today) {
        String code = decision.itemCode();
        FileItem item = item(code);
        readiness(code).ifPresent(refused -> {
            throw refused;
        });
        String reasons = decision.reasons().strip();
        if ((objected(code) || !decision.approved()) && reasons.isEmpty()) {
            throw CaseworkRefused.rule("casework-decision-reasons-missing",
                    "A denial, or an approval over an objection, states its reasons");
        }
        if (decided(code)) {
            throw CaseworkRefused.itemDecided(file.number(), code);
        }
        Decision recorded = new Decision(code, decision.approved(), reasons, decision.decidedBy(), decision.decidedAt(),
                decision.delegated());
        Holder holder = file.facts().holder();
        ItemDecided decided = new ItemDecided(file.number(), code, item.version(), published.name(),
                published.department(), decision.approved(), decision.approved() ? reasons : "",
                published.resultType().name(), published.resultName(), holder.identifier(), holder.name(),
                holder.legalPerson(), today, null);
        return new DecisionTaken(recorded, decided, decisions.size() + 1 >= file.facts().items().size());
    }

    /** Whether a department objected to the item; an objection given late, after deemed consent, is one too. */
    private boolean objected(String code) {
        return reviewsOf(code).stream().anyMatch(t -> t.status() == TaskStatus.OBJECTED
                || t.owed() != null && t.owed().answer() == Opinion.OBJECTION);
    }

    private Set<String> decidedItems() {
        return decisions.stream().map(Decision::itemCode).collect(Collectors.toSet());
    }

    /**
     * What a decision brought about.
     *
     * @param decision the decision as it is recorded
     * @param decided the decision as the applicant's certificate and the API see it
     * @param caseDecided whether it was the case's last undecided item: the case's results can go out
     */
    record DecisionTaken(Decision decision, ItemDecided decided, boolean caseDecided) {
    }
}
