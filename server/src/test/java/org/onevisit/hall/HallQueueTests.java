package org.onevisit.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.StoryApi;
import org.onevisit.StoryTest;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.people.StaffCounters;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hall's rules one at a time, on counter types of their own (HC, HH, HN, HK, HT/HU, HE): a slot's capacity under
 * concurrent bookings, holidays and 调休 held back, no-shows, two clerks calling at once, recall, skip and transfer,
 * and the waiting estimate from the day's services.
 */
@StoryTest
class HallQueueTests {

    @Autowired
    StoryApi api;

    @Autowired
    Appointments appointments;

    @Autowired
    Tickets tickets;

    @Autowired
    Calling calling;

    @Autowired
    StaffCounters counters;

    @BeforeEach
    void counters_of_the_types_under_test() throws Exception {
        StringBuilder yaml = new StringBuilder(TestCatalogs.department("HQD", 9802).replace("T09802", "HC01"));
        for (String number : List.of("HH01", "HN01", "HK01", "HK02", "HK03", "HK04", "HK05", "HK06", "HT01", "HU01",
                "HE01", "HE02")) {
            yaml.append("      - number: ").append(number).append("\n        name: 测试窗口\n");
        }
        api.as("admin", "ADMIN").upload("/api/v1/catalog/import", "hall-queue.yaml",
                ("format: onevisit-catalog/1\ndepartments:\n" + yaml).getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    private String clerkAt(String counter) throws Exception {
        String username = "hq-clerk-" + counter.toLowerCase();
        api.official(username, "叫号测试" + counter, null, "CLERK");
        counters.seat(username, counter, username, "WEB");
        return username;
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void a_slot_takes_no_more_bookings_than_its_capacity_however_many_book_at_once() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-09");
        LocalDate day = LocalDate.parse("2026-11-10");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String account = "applicant-capacity-" + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    appointments.book(account, "HC", day, LocalTime.of(9, 0), null, UUID.randomUUID().toString());
                    return "booked";
                } catch (DomainException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(Collections.frequency(outcomes, "booked")).isEqualTo(6);
        assertThat(Collections.frequency(outcomes, "hall-slot-full")).isEqualTo(6);
        Slot nine = appointments.slots("HC", day).get(0);
        assertThat(nine.booked()).isEqualTo(6);
        assertThat(nine.available()).isZero();
    }

    @Test
    void holidays_are_closed_and_a_make_up_saturday_is_open() {
        MovableClock.CLOCK.setDay("2026-09-28");
        assertThat(appointments.slots("HH", LocalDate.parse("2026-10-01"))).isEmpty();
        assertThatThrownBy(() -> appointments.book("applicant-holiday", "HH", LocalDate.parse("2026-10-05"),
                LocalTime.of(9, 0), null, "k1")).satisfies(e -> assertThat(code(e)).isEqualTo("hall-day-closed"));
        assertThat(appointments.slots("HH", LocalDate.parse("2026-10-10"))).hasSize(13);
        assertThat(appointments.slots("HH", LocalDate.parse("2026-10-11"))).isEmpty();
        assertThat(appointments.book("applicant-holiday", "HH", LocalDate.parse("2026-10-10"), LocalTime.of(14, 0), null,
                "k2").appointment().status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThatThrownBy(() -> appointments.book("applicant-holiday", "HH", LocalDate.parse("2026-10-30"),
                LocalTime.of(9, 0), null, "k3")).satisfies(e -> assertThat(code(e)).isEqualTo("hall-day-too-far"));
        assertThatThrownBy(() -> appointments.book("applicant-holiday", "HH", LocalDate.parse("2026-09-29"),
                LocalTime.of(9, 10), null, "k4")).satisfies(e -> assertThat(code(e)).isEqualTo("hall-slot-unknown"));
    }

    @Test
    void a_slot_passed_without_check_in_is_a_no_show_and_a_cancelled_one_is_not() {
        MovableClock.CLOCK.setDay("2026-11-11");
        LocalDate day = LocalDate.parse("2026-11-12");
        Appointment missed = appointments.book("applicant-noshow", "HN", day, LocalTime.of(9, 30), null, "n1")
                .appointment();
        Appointment cancelled = appointments.book("applicant-noshow-2", "HN", day, LocalTime.of(9, 30), null, "n2")
                .appointment();
        appointments.cancel(cancelled.id(), "applicant-noshow-2");
        MovableClock.CLOCK.setDay("2026-11-12");
        MovableClock.CLOCK.advance(Duration.ofMinutes(50));
        appointments.recordNoShows();
        assertThat(appointments.of(missed.id(), "applicant-noshow").status()).isEqualTo(AppointmentStatus.BOOKED);
        MovableClock.CLOCK.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> appointments.checkIn(missed.id(), "applicant-noshow"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("hall-check-in-too-late"));
        appointments.recordNoShows();
        assertThat(appointments.of(missed.id(), "applicant-noshow").status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(appointments.of(cancelled.id(), "applicant-noshow-2").status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void six_clerks_calling_at_once_never_get_the_same_ticket() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-13");
        List<String> clerks = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            clerks.add(clerkAt("HK0" + i));
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            taken.add(tickets.take("HK", TicketChannel.KIOSK).number());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (String clerk : clerks) {
            Callable<List<String>> calls = () -> {
                start.await();
                List<String> called = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    calling.next(clerk).ifPresent(t -> called.add(t.number()));
                }
                return called;
            };
            results.add(pool.submit(calls));
        }
        start.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : results) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(all).hasSize(30).doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).isEqualTo(taken);
        assertThat(calling.next(clerks.get(0))).isEmpty();
    }

    @Test
    void a_clerk_recalls_skips_and_transfers_a_ticket_called_first_at_the_other_type() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-16");
        String t1 = clerkAt("HT01");
        String u1 = clerkAt("HU01");
        TakenTicket first = tickets.take("HT", TicketChannel.DOOR);
        TakenTicket second = tickets.take("HT", TicketChannel.KIOSK);
        TakenTicket waitingAtU = tickets.take("HU", TicketChannel.KIOSK);

        assertThat(calling.next(t1).orElseThrow().number()).isEqualTo(first.number());
        Ticket recalled = calling.recall(t1);
        assertThat(recalled.recalls()).isEqualTo(1);
        assertThat(calling.skip(t1).status()).isEqualTo(TicketStatus.SKIPPED);
        assertThatThrownBy(() -> calling.recall(t1)).satisfies(e -> assertThat(code(e)).isEqualTo("hall-no-current-ticket"));

        assertThat(calling.next(t1).orElseThrow().number()).isEqualTo(second.number());
        assertThatThrownBy(() -> calling.transfer(t1, "HT"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("hall-transfer-same-type"));
        Ticket moved = calling.transfer(t1, "HU");
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(moved.transferredFrom()).isEqualTo("HT01");
        // transferred: called at HU before the walk-in who was waiting there already
        assertThat(calling.next(u1).orElseThrow().number()).isEqualTo(second.number());
        assertThat(calling.next(u1).orElseThrow().number()).isEqualTo(waitingAtU.number());
        assertThat(calling.desk(t1).current()).isNull();
    }

    @Test
    void the_wait_is_estimated_from_the_days_services_and_the_open_counters() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-17");
        TakenTicket a = tickets.take("HE", TicketChannel.KIOSK);
        assertThat(a.peopleAhead()).isZero();
        assertThat(a.estimatedWait()).isZero();
        TakenTicket b = tickets.take("HE", TicketChannel.KIOSK);
        // before any service: the configured 10 minutes a person, at one counter (none open yet counts as one)
        assertThat(b.peopleAhead()).isEqualTo(1);
        assertThat(b.estimatedWait()).isEqualTo(Duration.ofMinutes(10));
        String clerk = clerkAt("HE01");
        calling.next(clerk);
        MovableClock.CLOCK.advance(Duration.ofMinutes(4));
        calling.next(clerk); // a served in 4 minutes; b called
        MovableClock.CLOCK.advance(Duration.ofMinutes(6));
        calling.finish(clerk); // b served in 6 minutes: the day's mean is 5
        for (int i = 0; i < 3; i++) {
            tickets.take("HE", TicketChannel.KIOSK);
        }
        TakenTicket fourth = tickets.take("HE", TicketChannel.APP, "applicant-estimate");
        assertThat(fourth.peopleAhead()).isEqualTo(3);
        assertThat(fourth.estimatedWait()).isEqualTo(Duration.ofMinutes(15));
        clerkAt("HE02");
        assertThat(tickets.find(fourth.ticket().id()).estimatedWait()).isEqualTo(Duration.ofSeconds(450));
        assertThatThrownBy(() -> tickets.take("HE", TicketChannel.APP, "applicant-estimate"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("hall-ticket-held"));
    }
}
