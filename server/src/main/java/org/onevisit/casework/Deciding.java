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
        boolean delegated = chief.holds(StaffRole.CHIEF_REPRESENTATIVE)
                && delegations.isDelegated(chiefRepresentative, itemCode, LocalDate.now(clock));
        decider.onTheSpot(caseNumber, itemCode, chief, delegated)
                .forEach(id -> reviewing.decide(id, Opinion.CONSENT, "", chiefRepresentative, null));
        return decider.decide(caseNumber, itemCode, true, reasons, chief, true);
    }

    /** Whether the person may decide items of the department once their reviews are in ({@link DecisionPolicy}). */
    @ReadOnly
    public boolean mayDecide(String itemDepartment, String username) {
        return DecisionPolicy.allows(actors.of(username), itemDepartment);
    }

    /** Whether the person may decide the item on the spot today ({@link DecisionPolicy}). */
    @ReadOnly
    public boolean mayDecideOnTheSpot(String itemCode, String itemDepartment, String username) {
        Actor who = actors.of(username);
        return DecisionPolicy.allowsOnTheSpot(who, itemDepartment,
                who.holds(StaffRole.CHIEF_REPRESENTATIVE)
                        && delegations.isDelegated(username, itemCode, LocalDate.now(clock)));
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

    /** In a bundle, the item of an earlier stage that must be decided before {@code itemCode}, if any. */
    @ReadOnly
    public Optional<String> waitsFor(String caseNumber, String itemCode) {
        return decider.waitsFor(caseNumber, itemCode);
    }
}
