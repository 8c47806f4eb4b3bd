package org.onevisit.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.BundlePlan;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.catalog.JointMode;
import org.onevisit.catalog.LifeEvent;
import org.onevisit.catalog.TimeLimit;

/** A bundle with its plan: stages in order, when each starts and ends, and the longest path in working days. */
record BundleView(String code, String name, String nameEn, String description, Set<LifeEvent> lifeEvents,
        String leadDepartment, int longestPathWorkingDays, List<StageView> stages) {

    record StageView(String key, String name, List<String> after, JointMode joint, int level, int startDay, int endDay,
            boolean critical, List<StageItem> items) {
    }

    record StageItem(String code, String name, String department, TimeLimit promisedLimit) {
    }

    static BundleView of(Bundle bundle, BundlePlan plan, Map<String, ItemVersion> items) {
        List<StageView> stages = plan.stages().stream().map(s -> new StageView(s.stage().key(), s.stage().name(),
                s.stage().after(), s.stage().joint(), s.level(), s.start(), s.end(), s.critical(),
                s.stage().items().stream().filter(items::containsKey).map(code -> {
                    ItemVersion v = items.get(code);
                    return new StageItem(code, v.details().name(), v.details().department(), v.details().promisedLimit());
                }).toList())).toList();
        return new BundleView(bundle.code(), bundle.name(), bundle.nameEn(), bundle.description(), bundle.lifeEvents(),
                bundle.leadDepartment(), plan.longestPath(), stages);
    }
}
