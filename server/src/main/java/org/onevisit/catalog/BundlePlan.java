package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The schedule of a bundle's stages: each stage lasts as long as its slowest item, starts when the stages
 * before it end, and the longest path (关键路径) gives the bundle's overall promised time in working days.
 */
public final class BundlePlan {

    /** A stage placed on the schedule: working days from the start of the bundle. */
    public record ScheduledStage(Stage stage, int duration, int start, int end, boolean critical, int level) {
    }

    private final List<ScheduledStage> stages;
    private final int longestPath;

    private BundlePlan(List<ScheduledStage> stages, int longestPath) {
        this.stages = List.copyOf(stages);
        this.longestPath = longestPath;
    }

    /**
     * Schedules the stages of {@code bundle}, an item lasting {@code itemDays} working days.
     *
     * @throws IllegalArgumentException when a stage waits for an unknown stage or the stages wait in a cycle
     */
    public static BundlePlan of(Bundle bundle, ToIntFunction<String> itemDays) {
        List<Stage> order = topologicalOrder(bundle.stages())
                .orElseThrow(() -> new IllegalArgumentException("The stages of " + bundle.code() + " wait in a cycle"));
        Map<String, int[]> times = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>();
        for (Stage stage : order) {
            int start = stage.after().stream().mapToInt(k -> times.get(k)[1]).max().orElse(0);
            int level = stage.after().stream().mapToInt(levels::get).max().orElse(-1) + 1;
            int duration = stage.items().stream().mapToInt(itemDays).max().orElse(0);
            times.put(stage.key(), new int[] {start, start + duration});
            levels.put(stage.key(), level);
        }
        int longest = times.values().stream().mapToInt(t -> t[1]).max().orElse(0);
        List<String> critical = criticalStages(order, times, longest);
        List<ScheduledStage> scheduled = order.stream()
                .map(s -> new ScheduledStage(s, times.get(s.key())[1] - times.get(s.key())[0], times.get(s.key())[0],
                        times.get(s.key())[1], critical.contains(s.key()), levels.get(s.key())))
                .toList();
        return new BundlePlan(scheduled, longest);
    }

    /** The stages in an order where each comes after those it waits for, or empty when they wait in a cycle. */
    static Optional<List<Stage>> topologicalOrder(List<Stage> stages) {
        Map<String, Stage> byKey = new LinkedHashMap<>();
        stages.forEach(s -> byKey.put(s.key(), s));
        List<Stage> order = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (Stage stage : stages) {
            if (!visit(stage, byKey, state, order)) {
                return Optional.empty();
            }
        }
        return Optional.of(order);
    }

    private static boolean visit(Stage stage, Map<String, Stage> byKey, Map<String, Integer> state, List<Stage> order) {
        int s = state.getOrDefault(stage.key(), 0);
        if (s == 2) {
            return true;
        }
        if (s == 1) {
            return false;
        }
        state.put(stage.key(), 1);
        for (String before : stage.after()) {
            Stage previous = byKey.get(before);
            if (previous == null) {
                throw new IllegalArgumentException("Stage " + stage.key() + " waits for an unknown stage " + before);
            }
            if (!visit(previous, byKey, state, order)) {
                return false;
            }
        }
        state.put(stage.key(), 2);
        order.add(stage);
        return true;
    }

    private static List<String> criticalStages(List<Stage> order, Map<String, int[]> times, int longest) {
        List<String> critical = new ArrayList<>();
        List<String> frontier = new ArrayList<>(order.stream().filter(s -> times.get(s.key())[1] == longest)
                .map(Stage::key).toList());
        Map<String, Stage> byKey = new HashMap<>();
        order.forEach(s -> byKey.put(s.key(), s));
        while (!frontier.isEmpty()) {
            String key = frontier.remove(frontier.size() - 1);
            if (critical.contains(key)) {
                continue;
            }
            critical.add(key);
            int start = times.get(key)[0];
            byKey.get(key).after().stream().filter(k -> times.get(k)[1] == start).forEach(frontier::add);
        }
        return critical;
    }

    public List<ScheduledStage> stages() {
        return stages;
    }

    /** The bundle's overall time in working days along its longest path. */
    public int longestPath() {
        return longestPath;
    }

    /** The stages grouped by level: a level's stages can run side by side, for a staged list or a diagram. */
    public List<List<ScheduledStage>> levels() {
        Map<Integer, List<ScheduledStage>> byLevel = new java.util.TreeMap<>();
        stages.forEach(s -> byLevel.computeIfAbsent(s.level(), l -> new ArrayList<>()).add(s));
        return List.copyOf(byLevel.values());
    }
}
