package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a cache may keep and serve what it read: the generation taken before the read, and the listener. */
class GenerationsTests {

    private static final String CALENDAR = "work-calendar";

    private final Generations listening = listeningFromTheStart();

    @Test
    void what_was_read_while_nothing_changed_is_kept() {
        long before = listening.of(CALENDAR);

        assertThat(listening.unchangedSince(CALENDAR, before)).isTrue();
    }

    @Test
    void what_was_read_while_its_topic_changed_is_not_kept() {
        long before = listening.of(CALENDAR);

        listening.changed(CALENDAR);

        assertThat(listening.unchangedSince(CALENDAR, before)).isFalse();
        assertThat(listening.unchangedSince(CALENDAR, listening.of(CALENDAR))).as("read again after the change").isTrue();
    }

    @Test
    void a_change_of_another_topic_leaves_it_kept() {
        long before = listening.of(CALENDAR);

        listening.changed("catalog-items");

        assertThat(listening.unchangedSince(CALENDAR, before)).isTrue();
    }

    @Test
    void a_change_of_a_topic_no_cache_asked_for_is_not_counted() {
        listening.changed("never-asked-for");

        assertThat(listening.of("never-asked-for")).isEqualTo(listening.of(CALENDAR));
    }

    @Test
    void nothing_is_kept_while_the_listener_is_lost_not_even_what_was_read_after_the_loss() {
        long before = listening.of(CALENDAR);

        listening.lost();
        long during = listening.of(CALENDAR);

        assertThat(listening.unchangedSince(CALENDAR, before)).isFalse();
        assertThat(listening.unchangedSince(CALENDAR, during)).isFalse();
        assertThat(listening.listening()).isFalse();
    }

    @Test
    void once_the_listener_is_back_what_was_read_before_it_is_forgotten_and_what_is_read_after_is_kept() {
        listening.lost();
        long during = listening.of(CALENDAR);

        listening.regained();
        long after = listening.of(CALENDAR);

        assertThat(listening.unchangedSince(CALENDAR, during)).isFalse();
        assertThat(listening.unchangedSince(CALENDAR, after)).isTrue();
    }

    @Test
    void before_the_listener_first_connects_nothing_is_kept() {
        Generations starting = new Generations(false);
        long before = starting.of(CALENDAR);

        assertThat(starting.unchangedSince(CALENDAR, before)).isFalse();

        starting.regained();
        assertThat(starting.unchangedSince(CALENDAR, starting.of(CALENDAR))).isTrue();
    }

    private static Generations listeningFromTheStart() {
        return new Generations(true);
    }
}
