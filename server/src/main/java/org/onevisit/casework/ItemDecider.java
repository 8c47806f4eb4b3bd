package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemDetails;
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
        DecisionReadiness.onTheSpot(c.number(), c.status(), itemCode, catalog.published(itemCode, ref.version())).ifPresent(refused -> {
            throw refused;
        });
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
        List<ReviewTask> reviews = tasks.ofCase(caseNumber).stream().filter(t -> t.itemCode().equals(itemCode)).toList();
        DecisionReadiness.toDecide(c.number(), c.status(), itemCode, reviews, earlierUndecided(c, itemCode))
                .ifPresent(refused -> {
                    throw refused;
                });
        ItemDetails item = catalog.published(itemCode, ref.version());
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

    /**
     * What {@code who} may do now about each item of the case not decided yet, by the rules {@link #decide} and
     * {@link #onTheSpot} refuse with.
     *
     * @param delegated whether an item is in the person's delegation list today
     */
    Map<String, Deciding.ItemChoices> choices(String caseNumber, Actor who, Predicate<String> delegated) {
        CaseFile c = files.load(caseNumber);
        Set<String> decided = decidedItems(caseNumber);
        List<ReviewTask> all = tasks.ofCase(caseNumber);
        Map<String, Deciding.ItemChoices> choices = new LinkedHashMap<>();
        for (FileItem item : c.facts().items()) {
            String code = item.code();
            if (decided.contains(code)) {
                choices.put(code, new Deciding.ItemChoices(false, false, ""));
                continue;
            }
            Optional<String> waitsFor = c.facts().bundle() ? order.waitsFor(c.number(), code, decided) : Optional.empty();
            List<ReviewTask> reviews = all.stream().filter(t -> t.itemCode().equals(code)).toList();
            boolean decide = DecisionPolicy.allows(who, item.department())
                    && DecisionReadiness.toDecide(c.number(), c.status(), code, reviews, waitsFor).isEmpty();
            boolean onTheSpot = DecisionPolicy.allowsOnTheSpot(who, item.department(), delegated.test(code))
                    && DecisionReadiness.onTheSpot(c.number(), c.status(), code, catalog.published(code, item.version())).isEmpty();
            choices.put(code, new Deciding.ItemChoices(decide, onTheSpot, waitsFor.orElse("")));
        }
        return choices;
    }

    /** In a bundle, the item of an earlier stage still undecided that {@code itemCode} waits for; read only for a bundle. */
    private Optional<String> earlierUndecided(CaseFile c, String itemCode) {
        return c.facts().bundle() ? order.waitsFor(c.number(), itemCode, decidedItems(c.number())) : Optional.empty();
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
