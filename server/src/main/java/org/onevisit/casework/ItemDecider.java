package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Component;

import org.onevisit.casework.Deciding.Decision;

/**
 * Takes a decision on an item and checks what an on-the-spot decision needs, for {@link Deciding}: the rules of the
 * decision in one place, in the order they are checked.
 */
@Component
class ItemDecider {

    private final ReviewTasks tasks;
    private final CaseFileChanges files;
    private final Catalog catalog;
    private final ItemDecisions decisions;
    private final DecisionOrder order;
    private final DecisionResults results;
    private final Clock clock;

    ItemDecider(ReviewTasks tasks, CaseFileChanges files, Catalog catalog, ItemDecisions decisions, DecisionOrder order,
            DecisionResults results, Clock clock) {
        this.tasks = tasks;
        this.files = files;
        this.catalog = catalog;
        this.decisions = decisions;
        this.order = order;
        this.results = results;
        this.clock = clock;
    }

    /**
     * What a chief representative's decision on the spot needs ({@link DecisionPolicy}): the item in their delegation
     * list, the case's materials complete, no site inspection or expert review. The ids of their own department's
     * reviews of the item still open, to be answered with the decision.
     */
    List<Long> onTheSpot(String caseNumber, String itemCode, Actor chief, boolean delegated) {
        CaseFile c = files.load(caseNumber);
        FileItem ref = itemOf(c, itemCode);
        DecisionPolicy.checkOnTheSpot(chief, itemCode, ref.department(), delegated);
        ItemDetails item = catalog.published(itemCode, ref.version());
        if (c.status() != HandlingStatus.ACCEPTED || !c.materialsComplete()) {
            throw CaseworkRefused.rule("casework-materials-incomplete", "The case's materials are not complete", caseNumber);
        }
        if (item.specialProcedures().stream().anyMatch(p -> p.kind() == SpecialProcedureKind.SITE_INSPECTION
                || p.kind() == SpecialProcedureKind.EXPERT_REVIEW)) {
            throw CaseworkRefused.rule("casework-needs-inspection",
                    "Item " + itemCode + " needs a site inspection or an expert review", itemCode);
        }
        return tasks.ofCase(caseNumber).stream()
                .filter(t -> t.itemCode().equals(itemCode) && chief.worksFor(t.department()) && !t.status().done())
                .map(ReviewTask::id).toList();
    }

    /**
     * Decides the item for {@code who}, under the case's lock: the case still open, every review of the item in, in a
     * bundle the earlier stages' items decided, reasons where the law asks for them; then what follows from it.
     */
    ItemDecided decide(String caseNumber, String itemCode, boolean approve, String reasons, Actor who, boolean delegated) {
        decisions.lockCase(caseNumber);
        CaseFile c = files.load(caseNumber);
        FileItem ref = itemOf(c, itemCode);
        DecisionPolicy.check(who, ref.department());
        String username = who.name();
        if (c.status().closed()) {
            // A case withdrawn, or terminated for a broken 容缺 pledge, gets no decision and so no certificate.
            throw CaseworkRefused.rule("casework-case-closed", "Case " + caseNumber + " is " + c.status()
                    + ": nothing is decided", caseNumber, c.status().name());
        }
        ItemDetails item = catalog.published(itemCode, ref.version());
        List<ReviewTask> reviews = tasks.ofCase(caseNumber).stream().filter(t -> t.itemCode().equals(itemCode)).toList();
        if (reviews.isEmpty() || reviews.stream().anyMatch(t -> !t.status().done())) {
            throw CaseworkRefused.rule("casework-reviews-pending", "Not every department has reviewed item " + itemCode, itemCode);
        }
        if (c.facts().bundle()) {
            order.requireEarlierItemsDecided(caseNumber, itemCode, decidedItems(caseNumber));
        }
        // An objection given late, after deemed consent, is answered like any other.
        boolean objected = reviews.stream().anyMatch(t -> t.status() == TaskStatus.OBJECTED
                || t.owed() != null && t.owed().answer() == Opinion.OBJECTION);
        if ((objected || !approve) && reasons.isBlank()) {
            throw CaseworkRefused.rule("casework-decision-reasons-missing",
                    "A denial, or an approval over an objection, states its reasons");
        }
        LocalDate today = LocalDate.now(clock);
        Decision decision = new Decision(itemCode, approve, reasons.strip(), username, clock.instant(), delegated);
        if (!decisions.insert(caseNumber, decision)) {
            throw new DomainException(Kind.CONFLICT, "casework-item-decided", "Item " + itemCode + " is decided already",
                    caseNumber, itemCode);
        }
        Holder holder = c.facts().holder();
        ItemDecided decided = new ItemDecided(caseNumber, itemCode, ref.version(), item.name(),
                item.department(), approve, approve ? reasons.strip() : "", item.resultType().name(),
                item.resultName(), holder.identifier(), holder.name(), holder.legalPerson(), today, null);
        results.follow(c, decided, decision, caseDecided(c, decision));
        return decided;
    }

    private static FileItem itemOf(CaseFile c, String itemCode) {
        return c.item(itemCode).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-item-not-in-case",
                "Case " + c.number() + " has no item " + itemCode, c.number(), itemCode));
    }

    /** In a bundle, the item of an earlier stage that must be decided before {@code itemCode}, if any. */
    Optional<String> waitsFor(String caseNumber, String itemCode) {
        return order.waitsFor(caseNumber, itemCode, decidedItems(caseNumber));
    }

    List<Decision> decisionsOf(String caseNumber) {
        return decisions.of(caseNumber);
    }

    Set<String> decidedItems(String caseNumber) {
        return decisions.of(caseNumber).stream().map(Decision::itemCode).collect(Collectors.toSet());
    }

    /** Whether this was the case's last undecided item. A case of one item is decided by its one decision. */
    private boolean caseDecided(CaseFile c, Decision decision) {
        int items = c.facts().items().size();
        return items == 1 || decisions.of(c.number()).size() >= items;
    }
}
