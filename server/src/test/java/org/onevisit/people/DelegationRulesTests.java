package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;

class DelegationRulesTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final StaffMember CHIEF = new StaffMember("chief", "首席", "SCJG",
            Set.of(StaffRole.CHIEF_REPRESENTATIVE), true, false);

    private static Delegation march(Delegation.Revocation revocation) {
        return new Delegation(1, "chief", "XK-SCJG-001", MARCH_1, MARCH_31, "admin", Instant.parse("2026-02-20T02:00:00Z"),
                revocation);
    }

    @Test
    void a_delegation_covers_the_days_of_its_period_inclusive_and_no_others() {
        Delegation delegation = march(null);

        assertThat(delegation.coversOn(MARCH_1.minusDays(1), BEIJING)).isFalse();
        assertThat(delegation.coversOn(MARCH_1, BEIJING)).isTrue();
        assertThat(delegation.coversOn(MARCH_31, BEIJING)).isTrue();
        assertThat(delegation.coversOn(MARCH_31.plusDays(1), BEIJING)).isFalse();
    }

    @Test
    void an_open_ended_delegation_covers_every_day_from_its_start() {
        Delegation delegation = new Delegation(1, "chief", "XK", MARCH_1, null, "admin", Instant.EPOCH, null);

        assertThat(delegation.coversOn(LocalDate.of(2040, 1, 1), BEIJING)).isTrue();
    }

    @Test
    void a_revocation_ends_the_delegation_on_its_day_in_beijing_and_leaves_earlier_days_covered() {
        // 2026-03-14 17:30 UTC is already 15 March in Beijing
        Delegation revoked = march(new Delegation.Revocation(Instant.parse("2026-03-14T17:30:00Z"), "admin", "调岗"));

        assertThat(revoked.coversOn(LocalDate.of(2026, 3, 14), BEIJING)).isTrue();
        assertThat(revoked.coversOn(LocalDate.of(2026, 3, 15), BEIJING)).isFalse();
        assertThat(revoked.coversOn(MARCH_31, BEIJING)).isFalse();
    }

    @Test
    void only_a_chief_representative_is_granted_a_delegation() {
        StaffMember clerk = new StaffMember("clerk", "窗口", null, Set.of(StaffRole.CLERK), true, false);

        assertThatThrownBy(() -> DelegationPolicy.checkGrant(clerk, new DelegationGrant("XK", MARCH_1, null), List.of(),
                MARCH_1)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("delegation-needs-chief-representative"));
    }

    @Test
    void a_delegation_is_not_granted_back_dated() {
        assertThatThrownBy(() -> DelegationPolicy.checkGrant(CHIEF, new DelegationGrant("XK", MARCH_1, null), List.of(),
                MARCH_1.plusDays(1))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("delegation-backdated"));
    }

    @Test
    void an_overlapping_grant_for_the_same_item_is_a_conflict_unless_the_earlier_one_was_revoked() {
        DelegationGrant april = new DelegationGrant("XK-SCJG-001", MARCH_31, LocalDate.of(2026, 4, 30));
        DelegationGrant afterMarch = new DelegationGrant("XK-SCJG-001", MARCH_31.plusDays(1), null);

        assertThatThrownBy(() -> DelegationPolicy.checkGrant(CHIEF, april, List.of(march(null)), MARCH_1))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("delegation-overlaps"));
        assertThatNoException().isThrownBy(() -> DelegationPolicy.checkGrant(CHIEF, afterMarch, List.of(march(null)), MARCH_1));
        assertThatNoException().isThrownBy(() -> DelegationPolicy.checkGrant(CHIEF, april,
                List.of(march(new Delegation.Revocation(Instant.parse("2026-03-10T02:00:00Z"), "admin", "调整"))), MARCH_1));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_invalid() {
        assertThatThrownBy(() -> new DelegationGrant("XK", MARCH_31, MARCH_1))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("delegation-period-invalid"));
    }
}
