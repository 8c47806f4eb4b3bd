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
        context.withPropertyValues("onevisit.centre.zone=Asia/Shanghai").run(started -> {
            Clock clock = started.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 10, 19));
        });
    }

    @Test
    void a_centre_configured_in_another_zone_is_still_on_sunday_at_the_same_moment() {
        context.withPropertyValues("onevisit.centre.zone=America/New_York").run(started -> {
            Clock clock = started.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 10, 18));
        });
    }

    @Test
    void a_zone_that_does_not_exist_stops_the_start() {
        context.withPropertyValues("onevisit.centre.zone=Asia/Atlantis")
                .run(started -> assertThat(started).getFailure().hasRootCauseInstanceOf(ZoneRulesException.class)
                        .rootCause().hasMessageContaining("Asia/Atlantis"));
    }
}
