package org.onevisit.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;

/**
 * The sampling of a spot check against vectors computed apart from OneVisit (Python's hashlib: sha256 of
 * {@code seed:caseNumber:itemCode} in UTF-8, lowercase hex), and the periods and rates a check accepts.
 */
class SpotSampleTests {

    /** sha256("onevisit spot check test seed"). */
    private static final String SEED = "b12717fe08d6f9430a5c5ab8470e2dfc326050fcc11b3b27695789fb604b7598";

    private static final List<DecisionKey> POPULATION = List.of(new DecisionKey("202611030001", "XK-SCJG-001"),
            new DecisionKey("202611030001", "XK-SCJG-002"), new DecisionKey("202611040007", "XK-SCJG-001"),
            new DecisionKey("202611150012", "XK-SCJG-001"), new DecisionKey("202611280003", "XK-SCJG-002"));

    @Test
    void a_decisions_key_is_the_hex_sha_256_of_the_seed_the_case_number_and_the_item_code() {
        assertThat(SpotSample.key(SEED, new DecisionKey("202611030001", "XK-SCJG-002")))
                .isEqualTo("28a226674e571c05e31a575e1051f831aeb9e217419c732fb1903f8f7e3e2e29");
        assertThat(SpotSample.key(SEED, new DecisionKey("202611040007", "XK-SCJG-001")))
                .isEqualTo("7c72960047ce1da4c7225af2d14dfa76516502a11df70a7127ca90ad36834950");
        assertThat(SpotSample.key(SEED, new DecisionKey("办件-1", "事项")))
                .isEqualTo("eeaeb7fd0c71171291471b023abb60b3e3ad6fc598899deaae34c00277857e66");
    }

    @Test
    void half_of_five_decisions_samples_the_three_of_the_smallest_keys() {
        assertThat(SpotSample.draw(SEED, POPULATION, new BigDecimal("0.5"))).containsExactly(
                new DecisionKey("202611030001", "XK-SCJG-002"), new DecisionKey("202611280003", "XK-SCJG-002"),
                new DecisionKey("202611150012", "XK-SCJG-001"));
    }

    @Test
    void the_sample_size_is_the_rate_times_the_population_rounded_up() {
        assertThat(SpotSample.size(new BigDecimal("0.5"), 5)).isEqualTo(3);
        assertThat(SpotSample.size(new BigDecimal("0.5"), 4)).isEqualTo(2);
        assertThat(SpotSample.size(new BigDecimal("0.6"), 5)).isEqualTo(3);
        assertThat(SpotSample.size(new BigDecimal("0.61"), 5)).isEqualTo(4);
        assertThat(SpotSample.size(BigDecimal.ONE, 7)).isEqualTo(7);
        assertThat(SpotSample.draw(SEED, POPULATION, BigDecimal.ONE)).hasSize(5);
    }

    @Test
    void another_seed_draws_another_sample() {
        String other = "0".repeat(64);
        assertThat(SpotSample.draw(other, POPULATION, new BigDecimal("0.5")))
                .isNotEqualTo(SpotSample.draw(SEED, POPULATION, new BigDecimal("0.5")));
    }

    @Test
    void a_rate_below_half_is_refused_and_a_rate_above_one_is_invalid() {
        assertThatThrownBy(() -> new SpotCheckRate(new BigDecimal("0.49"))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("spot-check-rate-too-low");
        assertThatThrownBy(() -> new SpotCheckRate(new BigDecimal("1.5"))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("spot-check-rate-invalid");
        assertThat(new SpotCheckRate(new BigDecimal("0.500")).value()).isEqualByComparingTo("0.5");
    }

    @Test
    void a_period_is_a_month_a_quarter_or_a_range_of_days() {
        assertThat(SpotPeriod.parse("2026-11")).isEqualTo(
                new SpotPeriod(SpotPeriod.Kind.MONTH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(SpotPeriod.parse("2026-q4")).isEqualTo(
                new SpotPeriod(SpotPeriod.Kind.QUARTER, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(SpotPeriod.parse("2026-11-03..2026-11-20").text()).isEqualTo("2026-11-03..2026-11-20");
        assertThat(SpotPeriod.parse("2026-Q1").text()).isEqualTo("2026-Q1");
        for (String wrong : List.of("2026-13", "2026-Q5", "2026-11-20..2026-11-03", "2025-01-01..2026-06-30", "last month")) {
            assertThatThrownBy(() -> SpotPeriod.parse(wrong)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("spot-check-period-invalid");
        }
    }
}
