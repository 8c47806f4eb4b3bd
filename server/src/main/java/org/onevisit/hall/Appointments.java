package org.onevisit.hall;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments (预约): slots of each counter type on the centre's working days (holidays and 调休 held back by the
 * working-day calendar), booked by an applicant's account up to {@code onevisit.hall.booking-days} ahead within the
 * slot's capacity, confirmed by text message, cancelled before the slot, checked in on arrival — by the applicant,
 * at the kiosk or by a clerk at the door — which makes the appointment's ticket, called first in its slot. A slot
 * ended without check-in is recorded as a no-show ({@link #recordNoShows}).
 */
@Service
public class Appointments {

    private static final String REFERENCE_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A booking, and whether it is the answer to a retry of an earlier one with the same idempotency key. */
    public record Booked(Appointment appointment, boolean retry) {
    }

    private final AppointmentRows rows;
    private final CounterTypes types;
    private final HallSettings settings;
    private final WorkCalendars calendars;
    private final Notifications notifications;
    private final ApplicantAccounts accounts;
    private final Tickets tickets;
    private final Clock clock;

    Appointments(AppointmentRows rows, CounterTypes types, HallSettings settings, WorkCalendars calendars,
            Notifications notifications, ApplicantAccounts accounts, Tickets tickets, Clock clock) {
        this.rows = rows;
        this.types = types;
        this.settings = settings;
        this.calendars = calendars;
        this.notifications = notifications;
        this.accounts = accounts;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** Whether the hall takes appointments on the day: a working day of the calendar. */
    @ReadOnly
    public boolean open(LocalDate day) {
        return calendars.current().isWorkingDay(day);
    }

    /** The type's slots of the day with what each holds; none on a day the centre does not work. */
    @ReadOnly
    public List<Slot> slots(String type, LocalDate day) {
        String code = types.of(type).code();
        if (!open(day)) {
            return List.of();
        }
        Map<LocalTime, Integer> held = rows.heldByStart(code, day);
        List<Slot> slots = new ArrayList<>();
        for (LocalTime start : settings.slotStarts()) {
            slots.add(new Slot(code, day, start, start.plus(settings.slotLength()), settings.capacity(),
                    held.getOrDefault(start, 0)));
        }
        return slots;
    }

    /** The last day one may book now. */
    public LocalDate lastBookableDay() {
        return LocalDate.now(clock).plusDays(settings.bookingDays());
    }

    /**
     * Books the slot starting at {@code start} of the type's day for the account; a retry with the same idempotency key
     * answers the first booking. Refused on a day the centre does not work, for a slot begun or not offered, beyond the
     * booking days, for a second appointment of the type on the day, and when the slot is full.
     */
    @Transactional
    public Booked book(String account, String type, LocalDate day, LocalTime start, @Nullable String subject,
            String idempotencyKey) {
        var earlier = rows.byKey(account, idempotencyKey);
        if (earlier.isPresent()) {
            return new Booked(earlier.get(), true);
        }
        String code = types.of(type).code();
        LocalDateTime now = LocalDateTime.now(clock);
        if (day.isAfter(lastBookableDay())) {
            throw new DomainException(Kind.RULE_VIOLATED, "hall-day-too-far", "Appointments are taken up to "
                    + settings.bookingDays() + " days ahead.", settings.bookingDays());
        }
        if (!open(day)) {
            throw new DomainException(Kind.RULE_VIOLATED, "hall-day-closed", "The centre does not work on " + day + ".",
                    day.toString());
        }
        if (!settings.slotStarts().contains(start)) {
            throw new DomainException(Kind.INVALID, "hall-slot-unknown", "No slot starts at " + start + ".", start.toString());
        }
        if (!day.atTime(start).isAfter(now)) {
            throw new DomainException(Kind.RULE_VIOLATED, "hall-slot-begun", "The slot has begun.", start.toString());
        }
        if (rows.ofAccount(account, day, 100).stream().anyMatch(a -> a.day().equals(day) && a.type().equals(code)
                && a.status() == AppointmentStatus.BOOKED)) {
            throw new DomainException(Kind.CONFLICT, "hall-appointment-held",
                    "The account has an appointment of this type that day already.", code, day.toString());
        }
        rows.lockSlot(code, day, start);
        if (rows.held(code, day, start) >= settings.capacity()) {
            throw new DomainException(Kind.CONFLICT, "hall-slot-full", "The slot is full.", start.toString());
        }
        String clean = subject == null || subject.isBlank() ? null : subject.strip().toUpperCase(java.util.Locale.ROOT);
        Appointment a = new Appointment(UUID.randomUUID().toString(), reference(), account, code, day, start,
                start.plus(settings.slotLength()), clean, AppointmentStatus.BOOKED, clock.instant(), null);
        rows.insert(a, idempotencyKey);
        accounts.identity(account).ifPresent(identity -> notifications.text(identity.phone(), a.reference(),
                TextMessage.APPOINTMENT_BOOKED, Map.of("date", day.toString(), "time",
                        start.format(DateTimeFormatter.ofPattern("HH:mm")), "subject", types.of(code).nameZh(),
                        "number", a.reference())));
        return new Booked(a, false);
    }

    /** The account's appointments from today on, the soonest first. */
    @ReadOnly
    public List<Appointment> mine(String account) {
        return rows.ofAccount(account, LocalDate.now(clock), 100);
    }

    /** An appointment of the account's. */
    @ReadOnly
    public Appointment of(String id, String account) {
        Appointment a = find(id);
        if (!a.account().equals(account)) {
            throw notFound(id);
        }
        return a;
    }

    /** Cancels the account's booked appointment before its slot begins. */
    @Transactional
    public Appointment cancel(String id, String account) {
        Appointment a = of(id, account);
        if (a.status() != AppointmentStatus.BOOKED) {
            throw new DomainException(Kind.CONFLICT, "hall-appointment-not-booked", "The appointment is "
                    + a.status() + ".", a.reference());
        }
        if (!a.day().atTime(a.start()).isAfter(LocalDateTime.now(clock))) {
            throw new DomainException(Kind.RULE_VIOLATED, "hall-slot-begun", "The slot has begun.", a.start().toString());
        }
        if (!rows.change(id, AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED, clock.instant())) {
            throw new DomainException(Kind.CONFLICT, "hall-appointment-not-booked", "The appointment changed.", a.reference());
        }
        return find(id);
    }

    /** The applicant checks in on arrival (the app, the portal): their appointment's ticket. */
    @Transactional
    public TakenTicket checkIn(String id, String account) {
        return checkIn(of(id, account));
    }

    /**
     * Checked in at the door or the kiosk by the appointment's reference (or its id), by a member of staff or the
     * kiosk after the applicant identified: the appointment's ticket.
     */
    @Transactional
    public TakenTicket checkInAtDoor(String referenceOrId) {
        String key = referenceOrId.strip().toUpperCase(java.util.Locale.ROOT);
        Appointment a = rows.byReference(key).or(() -> rows.find(referenceOrId.strip())).orElseThrow(() -> notFound(key));
        return checkIn(a);
    }

    /** The account's appointments of today still to check in: what the kiosk offers once the applicant identified. */
    @ReadOnly
    public List<Appointment> dueToday(String account) {
        LocalDate today = LocalDate.now(clock);
        return rows.ofAccount(account, today, 100).stream()
                .filter(a -> a.day().equals(today) && a.status() == AppointmentStatus.BOOKED).toList();
    }

    private TakenTicket checkIn(Appointment a) {
        if (a.status() == AppointmentStatus.CHECKED_IN && a.ticketId() != null) {
            return tickets.find(a.ticketId());
        }
        if (a.status() != AppointmentStatus.BOOKED) {
            throw new DomainException(Kind.CONFLICT, "hall-appointment-not-booked", "The appointment is " + a.status() + ".",
                    a.reference());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!a.day().equals(now.toLocalDate()) || now.toLocalTime().isBefore(a.start().minus(settings.earlyCheckIn()))) {
            throw new DomainException(Kind.RULE_VIOLATED, "hall-check-in-too-early", "Check in on the day, from "
                    + a.start().minus(settings.earlyCheckIn()) + ".", a.day().toString(),
                    a.start().minus(settings.earlyCheckIn()).toString());
        }
        if (!now.toLocalTime().isBefore(a.end())) {
            throw new DomainException(Kind.RULE_VIOLATED, "hall-check-in-too-late", "The slot has ended; take a ticket.",
                    a.end().toString());
        }
        TakenTicket t = tickets.issue(a.type(), TicketChannel.APPOINTMENT, a.account(), a.id(), a.start());
        if (!rows.checkedIn(a.id(), t.ticket().id(), clock.instant())) {
            throw new DomainException(Kind.CONFLICT, "hall-appointment-not-booked", "The appointment changed.", a.reference());
        }
        return t;
    }

    /** Records as no-shows the booked appointments whose slot has ended; answers how many. */
    @Transactional
    public int recordNoShows() {
        LocalDateTime now = LocalDateTime.now(clock);
        return rows.noShows(now.toLocalDate(), now.toLocalTime().toSecondOfDay() / 60, clock.instant());
    }

    Appointment find(String id) {
        return rows.find(id).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(String id) {
        return new DomainException(Kind.NOT_FOUND, "hall-appointment-not-found", "No appointment " + id);
    }

    private static String reference() {
        StringBuilder s = new StringBuilder("Y");
        for (int i = 0; i < 7; i++) {
            s.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
        }
        return s.toString();
    }
}
