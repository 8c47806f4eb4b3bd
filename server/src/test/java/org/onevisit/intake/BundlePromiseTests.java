package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.JointMode;
import org.onevisit.catalog.Stage;
import org.onevisit.catalog.TimeLimit;

/** The promise of a bundle covers its plan: at least the critical path of its stages. */
class BundlePromiseTests {

    private static CaseItem item(String code, TimeLimit promised) {
        return new CaseItem(code, 1, "事项" + code, "BDC", promised, TimeLimit.workingDays(20), List.of());
    }

    private static IntakeCase bundleCase(CaseItem... items) {
        return IntakeCase.created(new CaseNumber("330999-20261016-00001"), new Application("key-1", Channel.COUNTER,
                "YJS-T", "测试一件事", true, List.of(items), Instant.parse("2026-10-16T01:00:00Z")),
                CaseStatus.RECEIVED, new Parties(IntakeFixtures.PERSON, null, Map.of()), List.of(), List.of(),
                LocalDate.parse("2026-10-16"));
    }

    private static Bundle threeStages() {
        return new Bundle("YJS-T", "测试一件事", "Test bundle", "", Set.of(), "BDC", List.of(
                new Stage("S1", "网签与核税", List.of("A", "B"), List.of(), JointMode.NONE),
                new Stage("S2", "登记", List.of("C"), List.of("S1"), JointMode.NONE),
                new Stage("S3", "过户", List.of("D"), List.of("S2"), JointMode.NONE)));
    }

    @Test
    void aBundleInSequencePromisesItsCriticalPathNotItsLongestItem() {
        IntakeCase c = bundleCase(item("A", TimeLimit.workingDays(5)), item("B", TimeLimit.workingDays(1)),
                item("C", TimeLimit.workingDays(2)), item("D", TimeLimit.workingDays(1)));

        assertThat(Acceptances.promised(c, threeStages())).isEqualTo(TimeLimit.workingDays(8));
    }

    @Test
    void aBundleWhoseStagesRunSideBySidePromisesItsLongestItem() {
        Bundle parallel = new Bundle("YJS-T", "测试一件事", "Test bundle", "", Set.of(), "BDC", List.of(
                new Stage("S1", "一", List.of("A"), List.of(), JointMode.NONE),
                new Stage("S2", "二", List.of("B"), List.of(), JointMode.NONE)));
        IntakeCase c = bundleCase(item("A", new TimeLimit(30, DayUnit.CALENDAR)), item("B", TimeLimit.workingDays(3)));

        assertThat(Acceptances.promised(c, parallel)).isEqualTo(new TimeLimit(30, DayUnit.CALENDAR));
    }

    @Test
    void anItemPromisesItsOwnLimit() {
        assertThat(Acceptances.promised(IntakeFixtures.received(), null)).isEqualTo(TimeLimit.workingDays(10));
    }
}
