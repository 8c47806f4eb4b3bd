package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.intake.IntakeFixtures.material;
import static org.onevisit.intake.IntakeFixtures.received;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Necessity;
import org.onevisit.platform.DomainException;

class IntakeCaseTests {

    private static final LocalDate MONDAY = LocalDate.parse("2026-10-19");
    private static final Deadlines DEADLINES = new Deadlines(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-16"), false);

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void a_case_is_accepted_only_when_every_material_acceptance_needs_is_in_hand() {
        IntakeCase missingOne = received(material("M1", Necessity.REQUIRED, MaterialStatus.PROVIDED),
                material("M2", Necessity.REQUIRED, MaterialStatus.MISSING));

        assertThatThrownBy(() -> missingOne.accept(MONDAY, DEADLINES, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intake-materials-missing"));
    }

    @Test
    void optional_materials_may_be_missing_and_certificates_or_not_applicable_count_as_in_hand() {
        IntakeCase c = received(material("M1", Necessity.REQUIRED, MaterialStatus.BY_CERTIFICATE),
                material("M2", Necessity.DEFERRABLE, MaterialStatus.NOT_APPLICABLE),
                material("M3", Necessity.OPTIONAL, MaterialStatus.MISSING));

        IntakeCase accepted = c.accept(MONDAY, DEADLINES, null);

        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.dates().acceptedOn()).isEqualTo(MONDAY);
        assertThat(accepted.answer().deadlines()).isEqualTo(DEADLINES);
    }

    @Test
    void only_materials_that_may_be_supplied_later_can_be_pledged() {
        IntakeCase c = received(material("M1", Necessity.REQUIRED, MaterialStatus.MISSING),
                material("M2", Necessity.DEFERRABLE, MaterialStatus.MISSING));
        Pledge pledge = new Pledge("承诺", Instant.EPOCH, List.of("材料M2"), MONDAY.plusDays(14), MONDAY.plusDays(10));

        assertThatThrownBy(() -> c.acceptOnPledge(pledge, MONDAY, DEADLINES, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intake-pledge-not-allowed"));

        IntakeCase onlyDeferrable = received(material("M1", Necessity.REQUIRED, MaterialStatus.PROVIDED),
                material("M2", Necessity.DEFERRABLE, MaterialStatus.MISSING));
        IntakeCase pledged = onlyDeferrable.acceptOnPledge(pledge, MONDAY, DEADLINES, null);
        assertThat(pledged.status()).isEqualTo(CaseStatus.ACCEPTED_ON_PLEDGE);
        assertThat(pledged.materials().get(1).status()).isEqualTo(MaterialStatus.PLEDGED);
    }

    @Test
    void the_last_pledged_material_completes_the_case_which_stays_accepted_on_the_pledge() {
        IntakeCase c = received(material("M1", Necessity.REQUIRED, MaterialStatus.PROVIDED),
                material("M2", Necessity.DEFERRABLE, MaterialStatus.MISSING));
        Pledge pledge = new Pledge("承诺", Instant.EPOCH, List.of("材料M2"), MONDAY.plusDays(14), MONDAY.plusDays(10));
        IntakeCase pledged = c.acceptOnPledge(pledge, MONDAY, DEADLINES, null);

        IntakeCase kept = pledged.supplement("M2", "file-1", MONDAY.plusDays(3), null);

        assertThat(kept.status()).as("intake's own status ends at acceptance").isEqualTo(CaseStatus.ACCEPTED_ON_PLEDGE);
        assertThat(kept.complete()).isTrue();
        assertThat(kept.dates().completeOn()).isEqualTo(MONDAY.plusDays(3));
        assertThat(kept.dates().acceptedOn()).isEqualTo(MONDAY);
    }

    @Test
    void after_a_deficiency_notice_the_case_is_received_again_on_the_day_it_becomes_complete() {
        IntakeCase c = received(material("M1", Necessity.REQUIRED, MaterialStatus.PROVIDED),
                material("M2", Necessity.REQUIRED, MaterialStatus.MISSING),
                material("M3", Necessity.REQUIRED, MaterialStatus.PROVIDED));
        IntakeCase notified = c.notifyDeficiencies(List.of(new Deficiency("M2", "材料M2", "未提交"),
                new Deficiency("M3", "材料M3", "复印件不清晰")), MONDAY, null);
        assertThat(notified.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(notified.missing()).extracting(CaseMaterial::key).containsExactly("M2", "M3");

        IntakeCase half = notified.supplement("M2", "f2", MONDAY.plusDays(2), null);
        assertThat(half.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        IntakeCase complete = half.supplement("M3", "f3", MONDAY.plusDays(3), null);

        assertThat(complete.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(complete.dates().completeOn()).isEqualTo(MONDAY.plusDays(3));
        assertThat(complete.accept(MONDAY.plusDays(4), DEADLINES, null).dates().completeOn())
                .isEqualTo(MONDAY.plusDays(3));
    }

    @Test
    void a_refused_case_cannot_be_accepted_or_supplemented() {
        IntakeCase refused = received(material("M1", Necessity.REQUIRED, MaterialStatus.PROVIDED))
                .refuse(new Refusal("不属于本机关职权", "示例市人民政府", "行政复议或行政诉讼"), null);

        assertThatThrownBy(() -> refused.accept(MONDAY, DEADLINES, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intake-wrong-state"))
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() -> refused.supplement("M1", "f", MONDAY, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intake-wrong-state"));
    }

    @Test
    void a_case_nobody_answered_is_accepted_from_the_day_of_receipt_and_flagged() {
        IntakeCase c = received(material("M1", Necessity.REQUIRED, MaterialStatus.MISSING));

        IntakeCase deemed = c.deemAccepted(DEADLINES);

        assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(deemed.dates().acceptedOn()).isEqualTo(c.dates().receivedOn());
        assertThat(deemed.dates().deemedAccepted()).isTrue();
    }

    @Test
    void paper_ticked_at_the_counter_completes_a_notified_case_like_an_upload() {
        IntakeCase notified = received(material("M1", Necessity.REQUIRED, MaterialStatus.MISSING))
                .notifyDeficiencies(List.of(new Deficiency("M1", "材料M1", "未提交")), MONDAY, null);

        IntakeCase complete = notified.mark("M1", MaterialStatus.PROVIDED, MONDAY.plusDays(1), null);

        assertThat(complete.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(complete.dates().completeOn()).isEqualTo(MONDAY.plusDays(1));
    }
}
