package org.onevisit.bench.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemDefinition;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.catalog.Stage;
import org.onevisit.catalog.TimeLimit;
import org.onevisit.intake.CaseItem;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Intake;

/**
 * What applicants apply for, read from the product's demo catalog: every current item, a few much more often than
 * the rest (as business licences and real-estate registrations are), and the bundles in about one case in twelve.
 * Each subject knows the single set of materials intake asks for and the review stages casework plans for it.
 */
final class Subjects {

    /** One review task's place in a subject's plan: the stage, the item and the department. */
    record PlannedReview(String itemCode, String department, int limitDays) {
    }

    /** A stage of the plan, with the keys of the stages it waits for. */
    record PlannedStage(String key, String name, List<String> after, int position, List<PlannedReview> reviews) {
    }

    /** An item or bundle as a case of it starts. */
    record Subject(String code, boolean bundle, String name, List<CaseItem> items, List<CaseMaterial> materials,
            List<PlannedStage> stages, TimeLimit promised, TimeLimit legal) {

        String leadDepartment(String itemCode) {
            return items.stream().filter(i -> i.code().equals(itemCode)).findFirst().orElseThrow().department();
        }
    }

    private final List<Subject> subjects = new ArrayList<>();
    private final double[] cumulative;

    Subjects(Catalog catalog, Intake intake, SplittableRandom random) {
        List<ItemVersion> items = catalog.export().items().stream().map(ItemDefinition::code)
                .map(code -> catalog.item(code.value())).filter(v -> !v.retired())
                .sorted(Comparator.comparing(v -> v.code().value())).toList();
        List<Double> weights = new ArrayList<>();
        List<ItemVersion> shuffled = new ArrayList<>(items);
        java.util.Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
        for (int rank = 0; rank < shuffled.size(); rank++) {
            subjects.add(item(shuffled.get(rank), intake));
            weights.add(1.0 / Math.pow(rank + 1, 0.9));
        }
        double itemTotal = weights.stream().mapToDouble(Double::doubleValue).sum();
        List<Bundle> bundles = catalog.bundles();
        for (Bundle b : bundles) {
            subjects.add(bundle(b, catalog, intake));
            weights.add(itemTotal / 11 / bundles.size());
        }
        cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
    }

    Subject next(SplittableRandom random) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, r);
        return subjects.get(i >= 0 ? i : Math.min(-i - 1, subjects.size() - 1));
    }

    int size() {
        return subjects.size();
    }

    private static Subject item(ItemVersion v, Intake intake) {
        List<PlannedReview> reviews = reviews(v);
        return new Subject(v.code().value(), false, v.details().name(), List.of(caseItem(v)),
                intake.materialsOf(v.code().value(), false), List.of(new PlannedStage("S1", v.details().name(), List.of(), 0, reviews)),
                v.details().promisedLimit(), v.details().legalLimit());
    }

    private static Subject bundle(Bundle b, Catalog catalog, Intake intake) {
        var items = catalog.itemsOf(b);
        List<PlannedStage> stages = new ArrayList<>();
        for (int i = 0; i < b.stages().size(); i++) {
            Stage s = b.stages().get(i);
            List<PlannedReview> reviews = s.items().stream().map(items::get).flatMap(v -> reviews(v).stream()).toList();
            stages.add(new PlannedStage(s.key(), s.name(), s.after(), i, reviews));
        }
        List<CaseItem> caseItems = b.items().stream().map(items::get).map(Subjects::caseItem).toList();
        TimeLimit promised = caseItems.stream().map(CaseItem::promisedLimit)
                .max(Comparator.comparingInt(TimeLimit::approximateWorkingDays)).orElseThrow();
        TimeLimit legal = caseItems.stream().map(CaseItem::legalLimit)
                .max(Comparator.comparingInt(TimeLimit::approximateWorkingDays)).orElseThrow();
        return new Subject(b.code(), true, b.name(), caseItems, intake.materialsOf(b.code(), true), stages, promised, legal);
    }

    private static List<PlannedReview> reviews(ItemVersion v) {
        int limit = v.details().promisedLimit().approximateWorkingDays();
        return v.details().reviewingDepartments().stream().map(d -> new PlannedReview(v.code().value(), d, limit)).toList();
    }

    private static CaseItem caseItem(ItemVersion v) {
        return new CaseItem(v.code().value(), v.version(), v.details().name(), v.details().department(),
                v.details().promisedLimit(), v.details().legalLimit(), v.details().jointDepartments());
    }
}
