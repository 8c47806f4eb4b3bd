package org.onevisit.supervision;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.onevisit.audit.AuditTrail;
import org.onevisit.audit.AuditedChange;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo supervision group, loaded only with {@code onevisit.demo-data=true} after the demo accounts: market
 * regulation's (SCJG), led by its head {@code scjg-head} with {@code scjg-inspector}. Loading again adds it only if it is
 * missing.
 */
@Component
@Order(DemoSupervisionGroups.ORDER)
@ConditionalOnBooleanProperty("onevisit.demo-data")
class DemoSupervisionGroups implements StartupData {

    /** After the demo accounts (people's demo data). */
    static final int ORDER = 150;

    private static final SupervisionGroup DEMO = new SupervisionGroup("SCJG", "scjg-head", List.of("scjg-inspector"), 0);

    private final SupervisionGroupRows rows;
    private final StaffAccounts staff;
    private final AuditTrail trail;
    private final Clock clock;

    DemoSupervisionGroups(SupervisionGroupRows rows, StaffAccounts staff, AuditTrail trail, Clock clock) {
        this.rows = rows;
        this.staff = staff;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        boolean accounts = staff.find(DEMO.leader()).filter(m -> m.holds(StaffRole.DEPARTMENT_HEAD)).isPresent()
                && DEMO.members().stream().allMatch(m -> staff.find(m).isPresent());
        if (accounts && rows.of(DEMO.department()).isEmpty() && rows.save(DEMO, "system", clock.instant())) {
            trail.record(new AuditedChange("supervision-group", DEMO.department(), "set-up", "system", "SYSTEM", Map.of(),
                    Map.of("department", DEMO.department(), "leader", DEMO.leader(), "members",
                            String.join(",", DEMO.members()), "demo", "true"), clock.instant()));
        }
    }
}
