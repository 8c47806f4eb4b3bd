package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRulesException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The centre counts its days in the zone it is configured with, through the clock every rule reads. */
class CentreZoneTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PropertyPlaceholderAutoConfiguration.class))
            .withUserConfiguration(PlatformConfiguration.class)
            .withPropertyValues("onevisit.clock.fixed-at=2026-10-19T01:00:00Z", "onevisit.keys.dir=./target/test-keys",
                    "onevisit.demo-data=true", "spring.messages.basename=messages");

    @Test
    void a_centre_in_beijing_is_already_on_monday_at_one_in_the_morning_utc() {
        assertThat(todayIn("Asia/Shanghai")).isEqualTo(LocalDate.of(2026, 10, 19));
    }

    @Test
    void a_centre_configured_in_another_zone_is_still_on_sunday_at_the_same_moment() {
        assertThat(todayIn("America/New_York")).isEqualTo(LocalDate.of(2026, 10, 18));
    }

    /** The day of the centre's clock, with {@code onevisit.centre.zone} set to {@code zone}; the clock carries the zone. */
    private LocalDate todayIn(String zone) {
        LocalDate[] today = new LocalDate[1];
        context.withPropertyValues("onevisit.centre.zone=" + zone).run(started -> {
            Clock clock = started.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(ZoneId.of(zone));
            today[0] = LocalDate.now(clock);
        });
        return today[0];
    }

    @Test
    void a_zone_that_does_not_exist_stops_the_start() {
        context.withPropertyValues("onevisit.centre.zone=Asia/Atlantis")
                .run(started -> assertThat(started).getFailure().hasRootCauseInstanceOf(ZoneRulesException.class)
                        .rootCause().hasMessageContaining("Asia/Atlantis"));
    }
}
