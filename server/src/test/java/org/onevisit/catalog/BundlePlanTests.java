package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.catalog.CatalogFixtures.aStage;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BundlePlanTests {

    private static final Map<String, Integer> DAYS = Map.of("CONTRACT", 1, "TAX", 2, "TRANSFER", 3, "MORTGAGE", 1,
            "WATER", 1, "POWER", 2);

    private static Bundle realEstate() {
        return new Bundle("YJS-TEST", "二手房交易", "", "", Set.of(LifeEvent.HOUSING), "BDC", List.of(
                aStage("S1", List.of("CONTRACT", "TAX")),
                aStage("S2", List.of("TRANSFER", "MORTGAGE"), "S1"),
                aStage("S3", List.of("WATER", "POWER"), "S2")));
    }

    @Test
    void a_stage_lasts_as_long_as_its_slowest_item_and_starts_when_the_stages_before_it_end() {
        BundlePlan plan = BundlePlan.of(realEstate(), DAYS::get);

        assertThat(plan.stages()).extracting(s -> s.stage().key(), BundlePlan.ScheduledStage::start,
                BundlePlan.ScheduledStage::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S1", 0, 2), org.assertj.core.groups.Tuple.tuple("S2", 2, 5),
                        org.assertj.core.groups.Tuple.tuple("S3", 5, 7));
        assertThat(plan.longestPath()).isEqualTo(7);
    }

    @Test
    void the_longest_path_follows_the_slower_of_two_parallel_branches() {
        Bundle bundle = new Bundle("YJS-PAR", "并联", "", "", Set.of(LifeEvent.CONSTRUCTION), "ZJJ", List.of(
                aStage("A", List.of("CONTRACT")),
                aStage("FAST", List.of("WATER"), "A"),
                aStage("SLOW", List.of("TRANSFER"), "A"),
                aStage("END", List.of("POWER"), "FAST", "SLOW")));

        BundlePlan plan = BundlePlan.of(bundle, DAYS::get);

        assertThat(plan.longestPath()).isEqualTo(1 + 3 + 2);
        assertThat(plan.stages()).filteredOn(BundlePlan.ScheduledStage::critical).extracting(s -> s.stage().key())
                .containsExactlyInAnyOrder("A", "SLOW", "END");
        assertThat(plan.levels()).hasSize(3);
        assertThat(plan.levels().get(1)).extracting(s -> s.stage().key()).containsExactlyInAnyOrder("FAST", "SLOW");
    }

    @Test
    void stages_listed_before_the_stages_they_wait_for_are_still_scheduled_after_them() {
        Bundle bundle = new Bundle("YJS-ORD", "倒序", "", "", Set.of(LifeEvent.HOUSING), "BDC", List.of(
                aStage("LATE", List.of("WATER"), "EARLY"), aStage("EARLY", List.of("TAX"))));

        assertThat(BundlePlan.of(bundle, DAYS::get).stages()).extracting(s -> s.stage().key()).containsExactly("EARLY", "LATE");
    }

    @Test
    void stages_that_wait_for_each_other_in_a_cycle_cannot_be_planned() {
        Bundle bundle = new Bundle("YJS-CYC", "循环", "", "", Set.of(LifeEvent.HOUSING), "BDC", List.of(
                aStage("A", List.of("TAX"), "B"), aStage("B", List.of("WATER"), "A")));

        assertThat(BundlePlan.topologicalOrder(bundle.stages())).isEmpty();
        assertThatThrownBy(() -> BundlePlan.of(bundle, DAYS::get)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calendar_day_limits_count_as_five_working_days_a_week_rounded_up() {
        assertThat(new TimeLimit(60, DayUnit.CALENDAR).approximateWorkingDays()).isEqualTo(43);
        assertThat(new TimeLimit(7, DayUnit.CALENDAR).approximateWorkingDays()).isEqualTo(5);
        assertThat(TimeLimit.workingDays(20).approximateWorkingDays()).isEqualTo(20);
    }
}
