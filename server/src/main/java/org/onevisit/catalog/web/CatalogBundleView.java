package org.onevisit.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.BundlePlan;
import org.onevisit.catalog.BundlePlan.ScheduledStage;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.catalog.JointMode;
import org.onevisit.catalog.TimeLimit;

/**
 * A bundle's guide as its page shows it: the stages level by level (a level's stages run side by side), each
 * with the stages it runs beside and those it waits for, and the longest path in working days.
 */
record CatalogBundleView(List<Level> levels, int longestPath, int itemCount, boolean calendarDays) {

    record Level(int number, String ordinal, List<StageView> stages) {
    }

    record StageView(String key, String name, JointMode joint, boolean critical, int start, int end, int duration,
            List<String> parallelWith, List<String> after, List<StageItem> items) {
    }

    record StageItem(String code, String name, String department, TimeLimit promisedLimit) {
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    static CatalogBundleView of(Bundle bundle, BundlePlan plan, Map<String, ItemVersion> items, Locale locale) {
        Map<String, String> names = plan.stages().stream()
                .collect(Collectors.toMap(s -> s.stage().key(), s -> s.stage().name(), (a, b) -> a));
        List<List<ScheduledStage>> byLevel = plan.levels();
        List<Level> levels = byLevel.stream().map(level -> new Level(level.get(0).level() + 1,
                ordinal(level.get(0).level() + 1, locale),
                level.stream().map(s -> stage(s, level, names, items, locale)).toList())).toList();
        boolean calendar = items.values().stream().anyMatch(v -> v.details().promisedLimit().unit() != DayUnit.WORKING);
        return new CatalogBundleView(levels, plan.longestPath(), bundle.items().size(), calendar);
    }

    private static StageView stage(ScheduledStage s, List<ScheduledStage> level, Map<String, String> names,
            Map<String, ItemVersion> items, Locale locale) {
        List<String> parallel = level.stream().filter(o -> o != s).map(o -> o.stage().name()).toList();
        List<String> after = s.stage().after().stream().map(k -> names.getOrDefault(k, k)).toList();
        List<StageItem> stageItems = s.stage().items().stream().filter(items::containsKey).map(items::get)
                .map(v -> new StageItem(v.code().value(), v.details().name(locale), v.details().department(),
                        v.details().promisedLimit()))
                .toList();
        return new StageView(s.stage().key(), s.stage().name(), s.stage().joint(), s.critical(), s.start(), s.end(),
                s.duration(), parallel, after, stageItems);
    }

    /** 第一阶段 in Chinese, Stage 1 in English: the number as the page writes it. */
    static String ordinal(int n, Locale locale) {
        if ("en".equals(locale.getLanguage()) || n > 99) {
            return Integer.toString(n);
        }
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : NUMERALS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + NUMERALS.charAt(n % 10 - 1);
    }
}
