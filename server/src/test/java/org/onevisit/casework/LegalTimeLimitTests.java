package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.TimeLimit;

/** 《行政许可法》第四十二条 and 第二十六条: one rule picks the case's legal limit and its one extension. */
class LegalTimeLimitTests {

    @Test
    void one_authority_keeps_the_items_own_limit_and_may_extend_it_by_ten_days() {
        LegalTimeLimit rule = LegalTimeLimit.of(List.of(TimeLimit.workingDays(20)), 1);

        assertThat(rule.limit()).isEqualTo(TimeLimit.workingDays(20));
        assertThat(rule.extensionDays()).isEqualTo(10);
        assertThat(rule.approver()).isEqualTo(LegalTimeLimit.Approver.HEAD_OF_AUTHORITY);
        assertThat(rule.joint()).isFalse();
    }

    @Test
    void several_departments_handling_a_case_jointly_have_forty_five_days_and_fifteen_more() {
        LegalTimeLimit rule = LegalTimeLimit.of(List.of(TimeLimit.workingDays(20), TimeLimit.workingDays(10)), 3);

        assertThat(rule.limit()).isEqualTo(TimeLimit.workingDays(45));
        assertThat(rule.extensionDays()).isEqualTo(15);
        assertThat(rule.approver()).isEqualTo(LegalTimeLimit.Approver.HEAD_OF_GOVERNMENT);
        assertThat(rule.joint()).isTrue();
    }

    @Test
    void a_longer_limit_a_law_gives_an_item_stands_in_joint_handling_too() {
        LegalTimeLimit rule = LegalTimeLimit.of(List.of(TimeLimit.workingDays(60), TimeLimit.workingDays(20)), 2);

        assertThat(rule.limit()).isEqualTo(TimeLimit.workingDays(60));
        assertThat(rule.extensionDays()).isEqualTo(15);
    }

    @Test
    void a_limit_in_calendar_days_is_compared_by_its_working_days() {
        LegalTimeLimit rule = LegalTimeLimit.of(List.of(new TimeLimit(30, DayUnit.CALENDAR), TimeLimit.workingDays(15)), 1);

        assertThat(rule.limit()).isEqualTo(new TimeLimit(30, DayUnit.CALENDAR));
    }

    @Test
    void a_region_configures_the_days_of_joint_handling_and_of_the_extensions() {
        LegalTimeLimit.Rule region = new LegalTimeLimits(7, 30, 12).rule();
        LegalTimeLimit joint = LegalTimeLimit.of(List.of(TimeLimit.workingDays(20), TimeLimit.workingDays(10)), 2, region);
        LegalTimeLimit single = LegalTimeLimit.of(List.of(TimeLimit.workingDays(20)), 1, region);

        assertThat(joint.limit()).isEqualTo(TimeLimit.workingDays(30));
        assertThat(joint.extensionDays()).isEqualTo(12);
        assertThat(single.limit()).isEqualTo(TimeLimit.workingDays(20));
        assertThat(single.extensionDays()).isEqualTo(7);
        assertThat(LegalTimeLimit.Rule.LAW).isEqualTo(new LegalTimeLimits(10, 45, 15).rule());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LegalTimeLimits(10, 0, 15))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
