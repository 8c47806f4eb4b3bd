package org.onevisit.casework;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onevisit.casework.CaseStages.CaseStage;

/**
 * In a bundle (一件事) each item is decided by its own department in the order of the plan: an item waits for the
 * decisions on every item of the stages its stage comes after, directly or through others.
 */
final class DecisionOrder {

    private DecisionOrder() {
    }

    /** The first item of an earlier stage of {@code plan} still undecided, which {@code itemCode} waits for. */
    static Optional<String> firstUndecidedBefore(String itemCode, List<CaseStage> plan, List<ReviewTask> tasks,
            Set<String> decided) {
        Map<String, CaseStage> byKey = plan.stream().collect(Collectors.toMap(CaseStage::key, Function.identity()));
        Set<String> earlier = new HashSet<>();
        Deque<String> open = new ArrayDeque<>();
        tasks.stream().filter(t -> t.itemCode().equals(itemCode)).map(t -> t.terms().stageKey()).forEach(open::add);
        while (!open.isEmpty()) {
            CaseStage stage = byKey.get(open.pop());
            if (stage != null) {
                stage.after().stream().filter(earlier::add).forEach(open::add);
            }
        }
        return tasks.stream().filter(t -> earlier.contains(t.terms().stageKey()) && !decided.contains(t.itemCode()))
                .sorted(Comparator.comparingInt((ReviewTask t) -> t.terms().stageOrder()).thenComparing(ReviewTask::itemCode))
                .map(ReviewTask::itemCode).findFirst();
    }
}
