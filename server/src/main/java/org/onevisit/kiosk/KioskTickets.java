package org.onevisit.kiosk;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.hall.Appointment;
import org.onevisit.hall.Appointments;
import org.onevisit.hall.CounterTypes;
import org.onevisit.hall.HallBoard;
import org.onevisit.hall.TakenTicket;
import org.onevisit.hall.TicketChannel;
import org.onevisit.hall.Tickets;
import org.onevisit.kiosk.KioskSettings.Device;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.platform.CentreInfo;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 取号 at the kiosk, through the hall's facades: the counter types with their queues, a walk-in ticket taken on the
 * kiosk channel (no identity needed), and — once the person's ID card was read — their appointments of today, checked
 * in here. Each ticket's slip prints on the kiosk's printer; a printer that fails leaves the ticket valid, and the
 * caller shows the number on the screen. The hall decides the numbers, the order and the estimate (ADR 0040, 0042).
 */
@Service
public class KioskTickets {

    private static final Logger log = LoggerFactory.getLogger(KioskTickets.class);

    private final Tickets tickets;
    private final CounterTypes types;
    private final HallBoard board;
    private final Appointments appointments;
    private final ApplicantAccounts accounts;
    private final Kiosk kiosk;
    private final CentreInfo centre;
    private final Clock clock;

    KioskTickets(Tickets tickets, CounterTypes types, HallBoard board, Appointments appointments,
            ApplicantAccounts accounts, Kiosk kiosk, CentreInfo centre, Clock clock) {
        this.tickets = tickets;
        this.types = types;
        this.board = board;
        this.appointments = appointments;
        this.accounts = accounts;
        this.kiosk = kiosk;
        this.centre = centre;
        this.clock = clock;
    }

    /** A ticket the kiosk handed out, and why its slip did not print, if it did not. */
    public record Handed(TakenTicket ticket, String typeName, @Nullable DomainException printProblem) {
    }

    /** The hall's counter types with the people waiting and the estimated wait, in the order of their letters. */
    public List<HallBoard.Waiting> queues(Locale locale) {
        return board.view(locale).queues();
    }

    /** Takes a walk-in ticket of the type on the kiosk channel and prints its slip on the kiosk's printer. */
    public Handed walkIn(Device device, String type, Locale locale) {
        TakenTicket taken = tickets.take(type, TicketChannel.KIOSK);
        log.info("Kiosk {}: ticket {} taken", device.id(), taken.number());
        return printed(taken, locale);
    }

    /** The ticket taken earlier (a second press of the same button), as it stands now; nothing printed again. */
    public Handed again(String ticketId, Locale locale) {
        TakenTicket t = tickets.find(ticketId);
        return new Handed(t, typeName(t.ticket().type(), locale), null);
    }

    /** The appointments of today, still to check in, of the account registered under the card's ID number. */
    public List<Appointment> dueToday(IdCard card) {
        return accounts.principalOfCardHolder(card.idNumber()).map(appointments::dueToday).orElse(List.of());
    }

    /**
     * Checks in the card holder's appointment of today and prints its ticket's slip: only one of theirs
     * ({@code hall-appointment-not-found} otherwise).
     */
    public Handed checkIn(Device device, IdCard card, String appointmentId, Locale locale) {
        Appointment due = dueToday(card).stream().filter(a -> a.id().equals(appointmentId)).findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "hall-appointment-not-found",
                        "No appointment of the card holder's today"));
        TakenTicket taken = appointments.checkInAtDoor(due.id());
        log.info("Kiosk {}: appointment {} checked in, ticket {}", device.id(), due.reference(), taken.number());
        return printed(taken, locale);
    }

    private Handed printed(TakenTicket taken, Locale locale) {
        String typeName = typeName(taken.ticket().type(), locale);
        LocalDateTime takenAt = LocalDateTime.ofInstant(taken.ticket().takenAt(), zone());
        try {
            kiosk.printTicket(new TicketSlip(taken.number(), taken.ticket().type() + " "
                    + types.of(taken.ticket().type()).nameZh(), taken.peopleAhead(), taken.estimatedWait(), takenAt,
                    centre.name(Locale.SIMPLIFIED_CHINESE)));
            return new Handed(taken, typeName, null);
        } catch (DomainException e) {
            return new Handed(taken, typeName, e);
        }
    }

    private String typeName(String code, Locale locale) {
        return code + " " + types.of(code).name(locale);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
