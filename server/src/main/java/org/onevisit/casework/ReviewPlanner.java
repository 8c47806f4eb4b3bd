package org.onevisit.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.Stage;
import org.onevisit.casework.CaseStages.CaseStage;
import org.onevisit.platform.RoundTrips;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 抄告相关: when a case is accepted, every department of its plan gets its review task at once — those of the
 * first stages open against their deadlines, the later ones wait but already see the case. {@link CaseHandling#open}
 * calls it in the transaction that accepts the case; a case planned already is left as it is.
 */
@Component
class ReviewPlanner {

    private final Catalog catalog;
    private final StageOpener opener;
    private final boolean deemedConsentByDefault;

    ReviewPlanner(Catalog catalog, StageOpener opener,
            @Value("${onevisit.casework.deemed-consent-by-default:false}") boolean deemedConsentByDefault) {
        this.catalog = catalog;
        this.opener = opener;
        this.deemedConsentByDefault = deemedConsentByDefault;
    }

    /**
     * The inserts of the accepted case's plan and review tasks, each writing nothing where the case has its row
     * already: a case planned before keeps its plan.
     */
    List<RoundTrips.Statement<?>> plan(CaseFile accepted) {
        Map<String, ItemDetails> items = new LinkedHashMap<>();
        for (FileItem item : accepted.facts().items()) {
            items.put(item.code(), catalog.published(item.code(), item.version()));
        }
        List<CaseStage> plan = plan(accepted.facts(), List.copyOf(items.values()));
        List<ReviewTask> waiting = new ArrayList<>();
        for (CaseStage stage : plan) {
            boolean laterStagesWait = plan.stream().anyMatch(later -> later.after().contains(stage.key()));
            for (String code : codesOf(stage, accepted.facts(), items)) {
                ItemDetails item = items.get(code);
                for (String department : item.reviewingDepartments()) {
                    waiting.add(ReviewTask.planned(accepted.number(), code, department, new TaskTerms(stage.key(),
                            stage.position(), item.promisedLimit().approximateWorkingDays(),
                            item.deemedConsent().allowed(deemedConsentByDefault), laterStagesWait)));
                }
            }
        }
        List<RoundTrips.Statement<?>> inserts = new ArrayList<>(CaseStages.insertUnlessPlanned(
                accepted.number(), plan));
        inserts.addAll(ReviewTasks.insertAll(opener.atStart(plan, waiting, accepted.clock().acceptedOn())));
        return inserts;
    }

    private List<CaseStage> plan(CaseFacts accepted, List<ItemDetails> items) {
        if (!accepted.bundle()) {
            return List.of(new CaseStage("S1", items.get(0).name(), List.of(), 0));
        }
        Bundle bundle = catalog.bundle(accepted.subject());
        List<CaseStage> plan = new ArrayList<>();
        for (int i = 0; i < bundle.stages().size(); i++) {
            Stage s = bundle.stages().get(i);
            plan.add(new CaseStage(s.key(), s.name(), s.after(), i));
        }
        return plan;
    }

    private List<String> codesOf(CaseStage stage, CaseFacts accepted, Map<String, ItemDetails> items) {
        if (!accepted.bundle()) {
            return List.copyOf(items.keySet());
        }
        List<String> codes = catalog.bundle(accepted.subject()).stages().stream().filter(s -> s.key().equals(stage.key()))
                .findFirst().map(Stage::items).orElse(List.of());
        return items.keySet().stream().filter(codes::contains).toList();
    }

}
