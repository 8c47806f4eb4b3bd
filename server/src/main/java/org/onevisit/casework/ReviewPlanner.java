package org.onevisit.casework;

import java.util.ArrayList;
import java.util.List;

import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.catalog.Stage;
import org.onevisit.casework.CaseStages.CaseStage;
import org.onevisit.intake.CaseAccepted;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 抄告相关: when a case is accepted, every department of its plan gets its review task at once — those of the
 * first stages open against their deadlines, the later ones wait but already see the case. It runs in the
 * transaction that accepts the case, so an accepted case always has its review plan and a failure to plan it leaves
 * the case unaccepted; the same event again changes nothing.
 */
@Component
class ReviewPlanner {

    private final Catalog catalog;
    private final CaseStages stages;
    private final ReviewTasks tasks;
    private final StageOpener opener;
    private final boolean deemedConsentByDefault;

    ReviewPlanner(Catalog catalog, CaseStages stages, ReviewTasks tasks, StageOpener opener,
            @Value("${onevisit.casework.deemed-consent-by-default:false}") boolean deemedConsentByDefault) {
        this.catalog = catalog;
        this.stages = stages;
        this.tasks = tasks;
        this.opener = opener;
        this.deemedConsentByDefault = deemedConsentByDefault;
    }

    @EventListener
    void on(CaseAccepted accepted) {
        if (stages.exist(accepted.caseNumber())) {
            return;
        }
        List<ItemVersion> items = accepted.items().stream().map(ref -> {
            String[] parts = ref.split("@");
            return catalog.item(parts[0], Integer.parseInt(parts[1]));
        }).toList();
        List<CaseStage> plan = plan(accepted, items);
        stages.insert(accepted.caseNumber(), plan);
        List<ReviewTask> waiting = new ArrayList<>();
        for (CaseStage stage : plan) {
            boolean laterStagesWait = plan.stream().anyMatch(later -> later.after().contains(stage.key()));
            for (ItemVersion item : itemsOf(stage, accepted, items)) {
                for (String department : item.details().reviewingDepartments()) {
                    waiting.add(new ReviewTask(0, accepted.caseNumber(), item.code().value(), department, stage.key(),
                            stage.position(), TaskStatus.WAITING, null, null,
                            item.details().promisedLimit().approximateWorkingDays(), "", null, null, false, null, 0, 0, "", "",
                            item.details().deemedConsent().allowed(deemedConsentByDefault), laterStagesWait, null, 0));
                }
            }
        }
        tasks.insertAll(opener.atStart(plan, waiting, accepted.acceptedOn()));
    }

    private List<CaseStage> plan(CaseAccepted accepted, List<ItemVersion> items) {
        if (!accepted.bundle()) {
            return List.of(new CaseStage("S1", items.get(0).details().name(), List.of(), 0));
        }
        Bundle bundle = catalog.bundle(accepted.subject());
        List<CaseStage> plan = new ArrayList<>();
        for (int i = 0; i < bundle.stages().size(); i++) {
            Stage s = bundle.stages().get(i);
            plan.add(new CaseStage(s.key(), s.name(), s.after(), i));
        }
        return plan;
    }

    private List<ItemVersion> itemsOf(CaseStage stage, CaseAccepted accepted, List<ItemVersion> items) {
        if (!accepted.bundle()) {
            return items;
        }
        List<String> codes = catalog.bundle(accepted.subject()).stages().stream().filter(s -> s.key().equals(stage.key()))
                .findFirst().map(Stage::items).orElse(List.of());
        return items.stream().filter(i -> codes.contains(i.code().value())).toList();
    }

}
