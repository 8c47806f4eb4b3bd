package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead department's decision on an item (审批决定), once every required review is in: an objection does not
 * block the decision, but the reasons must answer it; a denial states its reasons. Each item is decided once, and
 * in a bundle in the order of the plan. Who decides is {@link DecisionPolicy}'s; the rules of the decision are the
 * case's ({@link CaseDossier#decideItem}), whose readiness ({@link DecisionReadiness}) the pages that offer the
 * decision ask alike.
 */
@Service
@Transactional
public class Deciding {

    private final ItemDecider decider;
    private final Reviewing reviewing;
    private final Actors actors;
    private final DelegationRegister delegations;
    private final Clock clock;

    Deciding(ItemDecider decider, Reviewing reviewing, Actors actors, DelegationRegister delegations, Clock clock) {
        this.decider = decider;
        this.reviewing = reviewing;
        this.actors = actors;
        this.delegations = delegations;
        this.clock = clock;
    }

    public ItemDecided decide(String caseNumber, String itemCode, boolean approve, String reasons, String username) {
        return decider.decide(caseNumber, itemCode, approve, reasons, actors.of(username), false);
    }

    /**
     * 首席代表当场决定: a chief representative decides, in the applicant's same visit, an item in their delegation
     * list whose materials are complete and which needs no site inspection or expert review. Their department's
     * review is answered at the same time; the decision records that it was taken under delegation.
     */
    public ItemDecided decideOnTheSpot(String caseNumber, String itemCode, String reasons, String chiefRepresentative) {
        Actor chief = actors.of(chiefRepresentative);
        decider.onTheSpot(caseNumber, itemCode, chief, delegated(chief, itemCode))
                .forEach(id -> reviewing.decide(id, Opinion.CONSENT, "", chiefRepresentative, null));
        return decider.decide(caseNumber, itemCode, true, reasons, chief, true);
    }

    /**
     * Refuses, as {@link #decide} or {@link #decideOnTheSpot} would, a decision {@code username} may not take now;
     * decides nothing. The confirmation step of the pages asks it before showing what is about to be decided.
     */
    @ReadOnly
    public void checkDecidable(String caseNumber, String itemCode, String username, boolean onTheSpot) {
        Actor who = actors.of(username);
        decider.checkDecidable(caseNumber, itemCode, who, onTheSpot, onTheSpot && delegated(who, itemCode));
    }

    /**
     * What {@code username} may do now about each undecided item of the case, by the rules {@link #decide} and
     * {@link #decideOnTheSpot} refuse with ({@link DecisionPolicy}, {@link DecisionReadiness}): for the pages, which
     * offer only these.
     */
    @ReadOnly
    public Map<String, ItemChoices> choices(String caseNumber, String username) {
        Actor who = actors.of(username);
        return decider.choices(caseNumber, who, code -> delegated(who, code));
    }

    /**
     * What one person may do about one item now.
     *
     * @param waitsFor in a bundle, the item of an earlier stage to be decided first; empty when none
     */
    public record ItemChoices(boolean decide, boolean decideOnTheSpot, String waitsFor) {
    }

    /** A decision on an item as recorded. */
    public record Decision(String itemCode, boolean approved, String reasons, String decidedBy, java.time.Instant decidedAt,
            boolean delegated) {
    }

    /** The decisions taken on a case's items so far. */
    @ReadOnly
    public List<Decision> decisionsOf(String caseNumber) {
        return decider.decisionsOf(caseNumber);
    }

    /** Whether the item is in the person's delegation list today (授权清单), as a chief representative. */
    private boolean delegated(Actor who, String itemCode) {
        return who.holds(StaffRole.CHIEF_REPRESENTATIVE)
                && delegations.isDelegated(who.name(), itemCode, LocalDate.now(clock));
    }
}
