package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.onevisit.casework.CaseDossier.DecisionTaken;
import org.onevisit.casework.Deciding.Decision;
import org.onevisit.catalog.Catalog;
import org.onevisit.people.Actor;
import org.springframework.stereotype.Component;

/**
 * Takes a decision on an item for {@link Deciding}: reads the case's {@link CaseDossier} under its lock, asks
 * {@link DecisionPolicy} who may decide, lets the dossier decide by its rules, stores the decision and hands what
 * follows to {@link DecisionResults}. Also checks what an on-the-spot decision needs, and what the pages may offer.
 */
@Component
class ItemDecider {

    private final CaseDossiers dossiers;
    private final ItemDecisions decisions;
    private final Catalog catalog;
    private final DecisionResults results;
    private final Clock clock;
    private final CaseworkMeters meters;

    ItemDecider(CaseDossiers dossiers, ItemDecisions decisions, Catalog catalog, DecisionResults results, Clock clock,
            CaseworkMeters meters) {
        this.meters = meters;
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.catalog = catalog;
        this.results = results;
        this.clock = clock;
    }

    /**
     * What a chief representative's decision on the spot needs ({@link DecisionPolicy}): the item in their delegation
     * list, the case's materials complete, no site inspection or expert review. The ids of their own department's
     * reviews of the item still open, to be answered with the decision.
     */
    List<Long> onTheSpot(String caseNumber, String itemCode, Actor chief, boolean delegated) {
        CaseDossier c = dossiers.of(caseNumber);
        FileItem ref = c.item(itemCode);
        DecisionPolicy.checkOnTheSpot(chief, itemCode, ref.department(), delegated);
        DecisionReadiness.onTheSpot(c.file().number(), c.file().status(), itemCode,
                catalog.published(itemCode, ref.version())).ifPresent(refused -> {
                    throw refused;
                });
        return c.reviewsOf(itemCode).stream().filter(t -> chief.worksFor(t.department()) && !t.status().done())
                .map(ReviewTask::id).toList();
    }

    /**
     * Decides the item for {@code who}, under the case's lock, by the dossier's rules ({@link CaseDossier#decideItem});
     * then what follows from it. The table's one decision an item stays the guard against a decision stored meanwhile.
     */
    ItemDecided decide(String caseNumber, String itemCode, boolean approve, String reasons, Actor who, boolean delegated) {
        return meters.deciding().record(() -> decideNow(caseNumber, itemCode, approve, reasons, who, delegated));
    }

    private ItemDecided decideNow(String caseNumber, String itemCode, boolean approve, String reasons, Actor who,
            boolean delegated) {
        CaseDossier c = dossiers.locked(caseNumber);
        FileItem ref = c.item(itemCode);
        DecisionPolicy.check(who, ref.department());
        DecisionTaken taken = c.decideItem(new Decision(itemCode, approve, reasons, who.name(), clock.instant(), delegated),
                catalog.published(itemCode, ref.version()), LocalDate.now(clock));
        if (!decisions.insert(caseNumber, ref.department(), taken.decision())) {
            throw CaseworkRefused.itemDecided(caseNumber, itemCode);
        }
        results.follow(c.file(), taken);
        meters.decided(taken.decided());
        return taken.decided();
    }

    /**
     * What {@code who} may do now about each item of the case not decided yet, by the rules {@link #decide} and
     * {@link #onTheSpot} refuse with.
     *
     * @param delegated whether an item is in the person's delegation list today
     */
    Map<String, Deciding.ItemChoices> choices(String caseNumber, Actor who, Predicate<String> delegated) {
        CaseDossier c = dossiers.of(caseNumber);
        Map<String, Deciding.ItemChoices> choices = new LinkedHashMap<>();
        for (FileItem item : c.file().facts().items()) {
            String code = item.code();
            if (c.decided(code)) {
                choices.put(code, new Deciding.ItemChoices(false, false, ""));
                continue;
            }
            Optional<String> waitsFor = c.waitsFor(code);
            boolean decide = DecisionPolicy.allows(who, item.department()) && c.readiness(code).isEmpty();
            boolean onTheSpot = DecisionPolicy.allowsOnTheSpot(who, item.department(), delegated.test(code))
                    && DecisionReadiness.onTheSpot(c.file().number(), c.file().status(), code,
                            catalog.published(code, item.version())).isEmpty();
            choices.put(code, new Deciding.ItemChoices(decide, onTheSpot, waitsFor.orElse("")));
        }
        return choices;
    }

    /**
     * Refuses exactly as {@link #decide} or {@link #onTheSpot} would, without deciding: for the confirmation step,
     * which shows what is about to be decided only to whoever may decide it now.
     */
    void checkDecidable(String caseNumber, String itemCode, Actor who, boolean onTheSpot, boolean delegated) {
        CaseDossier c = dossiers.of(caseNumber);
        FileItem ref = c.item(itemCode);
        if (onTheSpot) {
            DecisionPolicy.checkOnTheSpot(who, itemCode, ref.department(), delegated);
            DecisionReadiness.onTheSpot(c.file().number(), c.file().status(), itemCode,
                    catalog.published(itemCode, ref.version())).ifPresent(refused -> {
                        throw refused;
                    });
        } else {
            DecisionPolicy.check(who, ref.department());
        }
        if (c.decided(itemCode)) {
            throw CaseworkRefused.itemDecided(caseNumber, itemCode);
        }
        if (!onTheSpot) {
            c.readiness(itemCode).ifPresent(refused -> {
                throw refused;
            });
        }
    }

    List<Decision> decisionsOf(String caseNumber) {
        return decisions.of(caseNumber);
    }
}
