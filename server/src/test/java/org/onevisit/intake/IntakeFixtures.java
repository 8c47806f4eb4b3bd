package org.onevisit.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onevisit.catalog.Necessity;
import org.onevisit.catalog.TimeLimit;

/** A case at intake with sensible defaults, changed one thing at a time. */
final class IntakeFixtures {

    static final Applicant PERSON = new Applicant(false, "11010519491231002X", "张三", "13800001234", null);

    private IntakeFixtures() {
    }

    static CaseMaterial material(String key, Necessity necessity, MaterialStatus status) {
        return new CaseMaterial(key, "材料" + key, necessity, List.of("XK-T-001"), status, List.of(), "", "", "");
    }

    static IntakeCase received(CaseMaterial... materials) {
        return IntakeCase.created(new CaseNumber("330999-20261016-00001"), new Application("key-1", Channel.COUNTER,
                "XK-T-001", "测试许可", false, List.of(new CaseItem("XK-T-001", 1, "测试许可", "SCJG",
                        TimeLimit.workingDays(10), TimeLimit.workingDays(20), List.of())),
                Instant.parse("2026-10-16T01:00:00Z")), CaseStatus.RECEIVED, new Parties(PERSON, null, Map.of()),
                List.of(materials), List.of(), LocalDate.parse("2026-10-16"));
    }
}
