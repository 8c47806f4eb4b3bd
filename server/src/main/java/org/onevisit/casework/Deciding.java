package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.StaffRole;
import org.onevisit.supervision.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead department's decision on an item (审批决定), once every required review is in: an objection does not
 * block the decision, but the reasons must answer it; a denial states its reasons. Each item is decided once, and
 * in a bundle in the order of the plan. Who decides is {@link DecisionPolicy}'s.
 */
@Service
@Transactional
public class Deciding {

    private final ReviewTasks tasks;
    private final Intake intake;
    private final Catalog catalog;
    private final Actors actors;
    private final ItemDecisions decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DelegationRegister delegations;
    private final Reviewing reviewing;
    private final DecisionOrder order;

    Deciding(ReviewTasks tasks, Intake intake, Catalog catalog, Actors actors, ItemDecisions decisions,
            ApplicationEventPublisher events, Clock clock, DelegationRegister delegations, Reviewing reviewing,
            DecisionOrder order) {
        this.decisions = decisions;
        this.order = order;
        this.delegations = delegations;
        this.reviewing = reviewing;
        this.tasks = tasks;
        this.intake = intake;
        this.catalog = catalog;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    public ItemDecided decide(String caseNumber, String itemCode, boolean approve, String reasons, String username) {
        return decide(caseNumber, itemCode, approve, reasons, username, false);
    }

    /**
     * 首席代表当场决定: a chief representative decides, in the applicant's same visit, an item in their delegation
     * list whose materials are complete and which needs no site inspection or expert review. Their department's
     * review is answered at the same time; the decision records that it was taken under delegation.
     */
    public ItemDecided decideOnTheSpot(String caseNumber, String itemCode, String reasons, String chiefRepresentative) {
        LocalDate today = LocalDate.now(clock);
        IntakeCase c = intake.find(caseNumber);
        var ref = c.items().stream().filter(i -> i.code().equals(itemCode)).findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-item-not-in-case",
                        "Case " + caseNumber + " has no item " + itemCode, caseNumber, itemCode));
        Actor chief = actors.of(chiefRepresentative);
        DecisionPolicy.checkOnTheSpot(chief, itemCode, ref.department(),
                chief.holds(StaffRole.CHIEF_REPRESENTATIVE) && delegations.isDelegated(chiefRepresentative, itemCode, today));
        DecisionReadiness.onTheSpot(caseNumber, c.status(), itemCode, catalog.published(itemCode, ref.version()))
                .ifPresent(refused -> {
                    throw refused;
                });
        tasks.ofCase(caseNumber).stream()
                .filter(t -> t.itemCode().equals(itemCode) && chief.worksFor(t.department()) && !t.status().done())
                .forEach(t -> reviewing.decide(t.id(), Opinion.CONSENT, "", chiefRepresentative, null));
        return decide(caseNumber, itemCode, true, reasons, chiefRepresentative, true);
    }

    private ItemDecided decide(String caseNumber, String itemCode, boolean approve, String reasons, String username,
            boolean delegated) {
        decisions.lockCase(caseNumber);
        IntakeCase c = intake.find(caseNumber);
        var ref = c.items().stream().filter(i -> i.code().equals(itemCode)).findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-item-not-in-case",
                        "Case " + caseNumber + " has no item " + itemCode, caseNumber, itemCode));
        DecisionPolicy.check(actors.of(username), ref.department());
        List<ReviewTask> reviews = tasks.ofCase(caseNumber).stream().filter(t -> t.itemCode().equals(itemCode)).toList();
        DecisionReadiness.toDecide(caseNumber, c.status(), itemCode, reviews, earlierUndecided(c, itemCode))
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
        ItemDecided decided = new ItemDecided(caseNumber, itemCode, ref.version(), item.name(),
                item.department(), approve, approve ? reasons.strip() : "", item.resultType().name(),
                item.resultName(), c.applicant().identifier(), c.applicant().name(), c.applicant().legalPerson(),
                today, null);
        // The decision on the record first, then what follows from it in the same transaction: the delivery, then the
        // certificate. The certificate's number is taken last because it locks the department's counter until the
        // commit (gapless numbers), and every decision of the department waits for that lock.
        events.publishEvent(new AuditedChange("case", caseNumber, approve ? "approve" : "deny", username, "DEPARTMENT",
                Map.of("item", itemCode), Map.of("item", itemCode, "approved", String.valueOf(approve),
                        "delegated", String.valueOf(delegated)), clock.instant()));
        publishWhenCaseDecided(c, decision, today);
        events.publishEvent(decided);
        return decided;
    }

    /**
     * What {@code username} may do now about each undecided item of the case, by the rules {@link #decide} and
     * {@link #decideOnTheSpot} refuse with ({@link DecisionPolicy}, {@link DecisionReadiness}): for the pages, which
     * offer only these.
     */
    @ReadOnly
    public Map<String, ItemChoices> choices(String caseNumber, String username) {
        IntakeCase c = intake.find(caseNumber);
        Actor who = actors.of(username);
        Set<String> decided = decidedItems(caseNumber);
        List<ReviewTask> all = tasks.ofCase(caseNumber);
        LocalDate today = LocalDate.now(clock);
        Map<String, ItemChoices> choices = new LinkedHashMap<>();
        for (var item : c.items()) {
            String code = item.code();
            Optional<String> waitsFor = decided.contains(code) ? Optional.empty() : earlierUndecided(c, code);
            List<ReviewTask> reviews = all.stream().filter(t -> t.itemCode().equals(code)).toList();
            boolean decide = !decided.contains(code) && DecisionPolicy.allows(who, item.department())
                    && DecisionReadiness.toDecide(caseNumber, c.status(), code, reviews, waitsFor).isEmpty();
            boolean onTheSpot = !decided.contains(code) && DecisionPolicy.allowsOnTheSpot(who, item.department(),
                    who.holds(StaffRole.CHIEF_REPRESENTATIVE) && delegations.isDelegated(username, code, today))
                    && DecisionReadiness.onTheSpot(caseNumber, c.status(), code, catalog.published(code, item.version()))
                            .isEmpty();
            choices.put(code, new ItemChoices(decide, onTheSpot, waitsFor.orElse("")));
        }
        return choices;
    }

    /**
     * What one person may do about one item now.
     *
     * @param waitsFor in a bundle, the item of an earlier stage to be decided first; empty when none
     */
    public record ItemChoices(boolean decide, boolean decideOnTheSpot, String waitsFor) {
    }

    /** In a bundle, the item of an earlier stage still undecided that {@code itemCode} waits for. */
    private Optional<String> earlierUndecided(IntakeCase c, String itemCode) {
        return c.bundle() ? order.waitsFor(c.number().value(), itemCode, decidedItems(c.number().value())) : Optional.empty();
    }

    /** A decision on an item as recorded. */
    public record Decision(String itemCode, boolean approved, String reasons, String decidedBy, java.time.Instant decidedAt,
            boolean delegated) {
    }

    /** The decisions taken on a case's items so far. */
    @ReadOnly
    public List<Decision> decisionsOf(String caseNumber) {
        return decisions.of(caseNumber);
    }

    private Set<String> decidedItems(String caseNumber) {
        return decisionsOf(caseNumber).stream().map(Decision::itemCode).collect(Collectors.toSet());
    }

    /**
     * When this was the case's last undecided item, the case's results are ready to be delivered together. A case of
     * one item is decided by its one decision.
     */
    private void publishWhenCaseDecided(IntakeCase c, Decision decision, LocalDate today) {
        List<Decision> all = c.items().size() == 1 ? List.of(decision) : decisions.of(c.number().value());
        if (all.size() < c.items().size()) {
            return;
        }
        events.publishEvent(new CaseDecided(c.number().value(),
                all.stream().filter(Decision::approved).map(Decision::itemCode).toList(),
                all.stream().filter(d -> !d.approved()).map(Decision::itemCode).toList(), today));
    }
}
