package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onevisit.casework.CaseStages.CaseStage;
import org.onevisit.casework.Deciding.Decision;
import org.onevisit.catalog.TimeLimit;

/**
 * A case's dossier for the tests, with sensible defaults: {@code aDossier().ofItem("XK-A", "SCJG").withReview(…)}.
 * Unless told otherwise it is case {@code N} of a company, accepted on Monday 2026-10-19 without a pledge, each item
 * at version 1 and in stage {@code S1}, nothing reviewed or decided yet.
 */
final class CaseDossierBuilder {

    static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 10, 19);
    static final Holder COMPANY = new Holder(true, "91310000MA1K8E7X3Q", "上海一次办餐饮有限公司", "13800001111");

    private boolean bundle;
    private HandlingStatus status = HandlingStatus.ACCEPTED;
    private final List<FileItem> items = new ArrayList<>();
    private final List<CaseStage> plan = new ArrayList<>();
    private final List<ReviewTask> reviews = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    private CaseDossierBuilder() {
    }

    static CaseDossierBuilder aDossier() {
        return new CaseDossierBuilder();
    }

    /** An item the case applies for, decided by {@code department}. */
    CaseDossierBuilder ofItem(String code, String department) {
        items.add(new FileItem(code, 1, "事项" + code, department, TimeLimit.workingDays(20), List.of()));
        return this;
    }

    /** A bundle (一件事) with the stages of its plan. */
    CaseDossierBuilder asBundle(CaseStage... stages) {
        this.bundle = true;
        plan.addAll(List.of(stages));
        return this;
    }

    CaseDossierBuilder in(HandlingStatus status) {
        this.status = status;
        return this;
    }

    CaseDossierBuilder withReview(ReviewTask review) {
        reviews.add(review);
        return this;
    }

    CaseDossierBuilder withReview(ReviewTaskBuilder review) {
        return withReview(review.build());
    }

    /** The item was approved already. */
    CaseDossierBuilder decided(String itemCode) {
        decisions.add(new Decision(itemCode, true, "", "reviewer", Instant.parse("2026-10-26T02:00:00Z"), false));
        return this;
    }

    CaseDossier build() {
        CaseFile file = new CaseFile("N", new CaseFacts(bundle ? "YJS-TEST" : items.get(0).code(), "测试事项", bundle,
                items, COMPANY), new LegalClock(ACCEPTED_ON, false, ACCEPTED_ON.plusDays(7), ACCEPTED_ON.plusDays(28), false,
                0, ""), null, status, "", 0);
        return new CaseDossier(file, plan, reviews, decisions);
    }
}
