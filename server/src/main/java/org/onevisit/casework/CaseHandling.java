package org.onevisit.casework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.onevisit.catalog.Catalog;
import org.onevisit.delivery.DeliveryMethod;
import org.onevisit.delivery.Deliveries;
import org.onevisit.delivery.ResultDelivered;
import org.onevisit.people.Actors;
import org.onevisit.platform.ReadOnly;
import org.onevisit.platform.RoundTrips;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accepted case from acceptance to its end: the counter opens its file and every department of its plan gets its
 * review at once; it is withdrawn or terminated before its decision, its 容缺 pledge is kept, and it completes when its
 * result reached the applicant. Who withdraws is the counter's to check (the applicant, or a clerk on their signed
 * request); who terminates is {@link TerminationPolicy}'s.
 */
@Service
@Transactional
public class CaseHandling {

    private final CaseFileChanges changes;
    private final ReviewPlanner planner;
    private final CaseEnding ending;
    private final Deliveries deliveries;
    private final Actors actors;
    private final Catalog catalog;
    private final RoundTrips roundTrips;

    CaseHandling(CaseFileChanges changes, ReviewPlanner planner, CaseEnding ending, Deliveries deliveries, Actors actors,
            Catalog catalog, RoundTrips roundTrips) {
        this.roundTrips = roundTrips;
        this.changes = changes;
        this.planner = planner;
        this.ending = ending;
        this.deliveries = deliveries;
        this.actors = actors;
        this.catalog = catalog;
    }

    /**
     * 抄告相关: the case is casework's from now on, and every department of its plan has its review task, in the
     * transaction that accepts it — an accepted case always has its plan, and a failure to plan it leaves the case
     * unaccepted. The same acceptance again changes nothing.
     */
    public CaseFile open(AcceptedCase accepted) {
        CaseFile file = CaseFile.open(accepted);
        // the file, its plan and its tasks in one round trip (ADR 0047); where the case has its file already, the plan's
        // inserts find theirs too and write nothing
        List<RoundTrips.Statement<?>> inserts = new java.util.ArrayList<>();
        inserts.add(changes.open(file));
        inserts.addAll(planner.plan(file));
        if (roundTrips.send(inserts).changed(0) != 1) {
            return changes.load(accepted.caseNumber());
        }
        changes.announceAccepted(file);
        return file;
    }

    /** The file of an accepted case; empty for a case not accepted (yet). */
    @ReadOnly
    public Optional<CaseFile> find(String number) {
        return changes.find(number);
    }

    /** The files of those of the cases that were accepted. */
    @ReadOnly
    public List<CaseFile> findAll(Collection<String> numbers) {
        return changes.findAll(numbers);
    }

    /**
     * The applicant withdraws the accepted case before any item is decided; the counter checked that it is their
     * wish ({@code note} names their signed request when a clerk records it).
     */
    public CaseFile withdraw(String number, String note, String actor, String channel) {
        return ending.beforeDecision(changes.load(number), actor, channel, CaseStep.WITHDRAW, f -> f.withdraw(note));
    }

    /** The lead department's chief representative terminates the case with reasons before any item is decided. */
    public CaseFile terminate(String number, String reason, String actor) {
        CaseFile file = changes.load(number);
        TerminationPolicy.check(actors.of(actor), leadDepartment(file));
        return ending.beforeDecision(file, actor, "DEPARTMENT", CaseStep.TERMINATE, f -> f.terminate(reason));
    }

    /** Every pledged material is in: the pledge is kept, and a result withheld for it goes out. */
    public CaseFile pledgeKept(String number, String actor, String channel) {
        CaseFile file = changes.load(number);
        CaseFile kept = changes.change(file, null, actor, channel, CaseStep.KEEP_PLEDGE, CaseFile::keepPledge);
        if (kept != file) {
            deliveries.releaseWithheld(number);
        }
        return kept;
    }

    /** When the accepted case ended (办结, 终止 or 撤回), if it has; empty for a case that ended before this was kept. */
    @ReadOnly
    public Optional<java.time.Instant> endedAt(String number) {
        return changes.endedAt(number);
    }

    /** The department leading the case: its item's own, or for a bundle the bundle's lead department (牵头部门). */
    @ReadOnly
    public String leadDepartment(CaseFile file) {
        return file.facts().bundle() ? catalog.bundle(file.facts().subject()).leadDepartment()
                : file.facts().items().get(0).department();
    }

    /** 办结: the result was handed over at the counter or signed for from the courier. */
    @EventListener
    void on(ResultDelivered delivered) {
        CaseFile file = changes.load(delivered.caseNumber());
        changes.change(file, null, delivered.by(), delivered.how() == DeliveryMethod.PICKUP ? "COUNTER" : "WEB",
                CaseStep.COMPLETE, f -> f.status() == HandlingStatus.COMPLETED ? f
                        : f.complete(delivered.how() == DeliveryMethod.PICKUP ? "窗口领取" : "快递送达"));
    }
}
