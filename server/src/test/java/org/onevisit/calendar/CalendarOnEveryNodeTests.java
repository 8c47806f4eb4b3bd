package org.onevisit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.OwnDatabase;
import org.onevisit.platform.ChangeSignals;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes of the centre on one PostgreSQL database: a change an administrator commits to the calendar on one node
 * is counted by the other as soon as the database delivers the notification, a change rolled back is announced to no
 * one, and a node that loses its listener reads the calendar from the database until it listens again. PostgreSQL
 * only: an embedded H2 serves one node, and its tests are {@code ChangeSignalsTests} and {@code GenerationsTests}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarOnEveryNodeTests {

    /** A bound on the notification's delivery and the listener's reconnection, never a delay the test expects. */
    private static final Duration AT_MOST = Duration.ofSeconds(15);
    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-11-18");

    @TempDir
    static Path folder;

    private OwnDatabase db;
    private ConfigurableApplicationContext one;
    private ConfigurableApplicationContext other;
    private Set<Integer> listenersBeforeOther;
    private int otherListener;

    @BeforeAll
    void two_nodes() throws Exception {
        db = OwnDatabase.create();
        try (Connection c = db.connect()) {
            assumeTrue("PostgreSQL".equals(c.getMetaData().getDatabaseProductName()),
                    "nodes share a database on PostgreSQL only");
        }
        one = db.start(folder.resolve("keys"));
        eventually("the first node listens", () -> signals(one).listening());
        listenersBeforeOther = listeners();
        other = db.start(folder.resolve("keys"));
        eventually("the other node listens", () -> signals(other).listening());
        otherListener = newListener(listenersBeforeOther);
    }

    @AfterAll
    void stop() throws SQLException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {other, one}) {
            if (node != null) {
                node.close();
            }
        }
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void both_nodes_listen() {
        eventually("both nodes listen", () -> signals(one).listening() && signals(other).listening());
    }

    @Test
    void a_year_put_in_effect_on_one_node_is_counted_on_the_other_once_the_commit_reaches_it() {
        LocalDate monday = LocalDate.parse("2101-10-03");
        YearArrangement filled = aDraftWithAHoliday(2101, monday);
        assertThat(calendars(other).current().isWorkingDay(monday)).as("a draft is not counted").isTrue();

        administration(one).publish(2101, filled.version());

        assertThat(calendars(one).current().isWorkingDay(monday)).as("on the node that changed it").isFalse();
        eventually("the other node counts the holiday", () -> !calendars(other).current().isWorkingDay(monday));
    }

    @Test
    void a_change_rolled_back_is_announced_to_no_node() {
        LocalDate monday = LocalDate.parse("2102-10-02");
        YearArrangement filled = aDraftWithAHoliday(2102, monday);
        otherHasHeardAllThatOneAnnounced();
        assertThat(calendars(other).current().isWorkingDay(monday)).isTrue();
        long calendarBefore = signals(other).generation(WorkCalendars.TOPIC);

        new TransactionTemplate(one.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            administration(one).publish(2102, filled.version());
            tx.setRollbackOnly();
        });
        otherHasHeardAllThatOneAnnounced();

        assertThat(signals(other).generation(WorkCalendars.TOPIC)).isEqualTo(calendarBefore);
        assertThat(calendars(other).current().isWorkingDay(monday)).isTrue();
        assertThat(calendars(one).current().isWorkingDay(monday)).isTrue();
    }

    @Test
    void a_node_that_loses_its_listener_reads_the_calendar_afresh_until_it_listens_again() throws SQLException {
        assertThat(calendars(other).current().isWorkingDay(WEDNESDAY)).isTrue();
        holidayBehindTheNodesBacks(WEDNESDAY);
        assertThat(calendars(other).current().isWorkingDay(WEDNESDAY)).as("kept: no one announced it").isTrue();

        terminate(otherListener);

        eventually("the other node forgets its calendar", () -> !calendars(other).current().isWorkingDay(WEDNESDAY));
        eventually("the other node listens again on a new connection",
                () -> signals(other).listening() && listeners().stream().anyMatch(this::otherThanBefore));
        otherListener = newListener(listenersBeforeOther);
        assertThat(calendars(other).current().isWorkingDay(WEDNESDAY)).isFalse();
        removeBehindTheNodesBacks(WEDNESDAY);
        assertThat(calendars(other).current().isWorkingDay(WEDNESDAY)).as("kept again once listening").isFalse();

        signals(one).announce(WorkCalendars.TOPIC);
        eventually("the other node hears of changes again", () -> calendars(other).current().isWorkingDay(WEDNESDAY));
    }

    /**
     * Notifications arrive in the order their transactions commit: once a probe announced on the first node has
     * reached the other, so has everything committed on the first node before it.
     */
    private void otherHasHeardAllThatOneAnnounced() {
        long probeBefore = signals(other).generation("test-probe");
        signals(one).announce("test-probe");
        eventually("the probe reaches the other node", () -> !signals(other).unchangedSince("test-probe", probeBefore));
    }

    private YearArrangement aDraftWithAHoliday(int year, LocalDate day) {
        YearArrangement draft = administration(one).addYear(year, new Notice("国务院办公厅关于 " + year + " 年部分节假日安排的通知",
                null, null));
        return administration(one).putDay(year, draft.version(), new SpecialDay(day, DayKind.HOLIDAY, "国庆节"));
    }

    private void holidayBehindTheNodesBacks(LocalDate day) throws SQLException {
        update("INSERT INTO calendar_day (day_date, arrangement_year, kind, holiday_name) VALUES (?, 2026, 'HOLIDAY', '测试')",
                day);
    }

    private void removeBehindTheNodesBacks(LocalDate day) throws SQLException {
        update("DELETE FROM calendar_day WHERE day_date = ?", day);
    }

    private void update(String sql, LocalDate day) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, day);
            statement.executeUpdate();
        }
    }

    /** The backend pids of every node's change listener on this database. */
    private Set<Integer> listeners() {
        Set<Integer> pids = new HashSet<>();
        try (Connection c = db.connect(); PreparedStatement statement = c.prepareStatement("""
                SELECT pid FROM pg_stat_activity WHERE application_name = 'onevisit-changes'
                AND datname = current_database()"""); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                pids.add(rows.getInt(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pids;
    }

    /** The one listener that was not there before, nor is the first node's. */
    private int newListener(Set<Integer> before) {
        Set<Integer> added = listeners();
        added.removeAll(before);
        assertThat(added).as("the other node's listener").hasSize(1);
        return added.iterator().next();
    }

    private boolean otherThanBefore(int pid) {
        return !listenersBeforeOther.contains(pid) && pid != otherListener;
    }

    private void terminate(int pid) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement statement = c.prepareStatement(
                "SELECT pg_terminate_backend(?)")) {
            statement.setInt(1, pid);
            try (ResultSet terminated = statement.executeQuery()) {
                assertThat(terminated.next() && terminated.getBoolean(1)).as("the listener's session ended").isTrue();
            }
        }
    }

    /** Asks again until it holds, at most {@link #AT_MOST}; the answer is what is asserted, not the time it took. */
    private static void eventually(String what, BooleanSupplier holds) {
        long giveUpAt = System.nanoTime() + AT_MOST.toNanos();
        while (!holds.getAsBoolean()) {
            assertThat(System.nanoTime() - giveUpAt).as(what + " within " + AT_MOST).isNegative();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static WorkCalendars calendars(ConfigurableApplicationContext node) {
        return node.getBean(WorkCalendars.class);
    }

    private static CalendarAdministration administration(ConfigurableApplicationContext node) {
        return node.getBean(CalendarAdministration.class);
    }

    private static ChangeSignals signals(ConfigurableApplicationContext node) {
        return node.getBean(ChangeSignals.class);
    }
}
