package org.onevisit.hall.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.onevisit.hall.Appointments;
import org.onevisit.hall.Calling;
import org.onevisit.hall.CounterType;
import org.onevisit.hall.CounterTypes;
import org.onevisit.hall.Slot;
import org.onevisit.hall.TicketChannel;
import org.onevisit.hall.Tickets;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The hall's queue: the counter types, the appointment slots, tickets taken by the app (a signed-in applicant) or at
 * the door (a member of staff; the kiosk takes its tickets through {@link Tickets} itself), and calling at the
 * counter (ADR 0040).
 */
@JsonApi("/api/v1/hall")
@Tag(name = "Hall", description = "办事大厅：预约时段、取号、叫号")
class HallApi {

    private final CounterTypes types;
    private final Appointments appointments;
    private final Tickets tickets;
    private final Calling calling;

    HallApi(CounterTypes types, Appointments appointments, Tickets tickets, Calling calling) {
        this.types = types;
        this.appointments = appointments;
        this.tickets = tickets;
        this.calling = calling;
    }

    record TypeView(String code, String name, List<String> counters) {
    }

    @GetMapping("/types")
    @Operation(summary = "Anyone: the counter types (A 综合受理, B 部门窗口 …) with their counters")
    List<TypeView> types(Locale locale) {
        return types.all().stream().map(t -> new TypeView(t.code(), t.name(locale), t.counters())).toList();
    }

    /** A slot, its times as HH:mm. */
    record SlotView(String start, String end, int capacity, int booked, int available) {

        static SlotView of(Slot s) {
            return new SlotView(TicketView.hhmm(s.start()), TicketView.hhmm(s.end()), s.capacity(), s.booked(),
                    s.available());
        }
    }

    record SlotsView(String type, LocalDate date, boolean open, List<SlotView> slots) {
    }

    @GetMapping("/slots")
    @Operation(summary = "Anyone: a counter type's appointment slots of a day with their capacity and bookings; none on "
            + "a day the centre does not work (holidays, weekends but 调休 working days)")
    SlotsView slots(@RequestParam @Size(max = 8) String type, @RequestParam LocalDate date) {
        CounterType t = types.of(type);
        return new SlotsView(t.code(), date, appointments.open(date),
                appointments.slots(t.code(), date).stream().map(SlotView::of).toList());
    }

    record TakeRequest(@NotBlank @Size(max = 8) String type) {
    }

    @PostMapping("/tickets")
    @PreAuthorize(HallRoles.TAKES)
    @Operation(summary = "Take a ticket of a counter type: an applicant for themselves (the app, one open ticket a type "
            + "a day), a member of staff at the door for a walk-in. Answers the number, the people ahead and the "
            + "estimated wait")
    ResponseEntity<TicketView> take(@RequestBody @Valid TakeRequest request, Authentication user) {
        boolean applicant = user.getAuthorities().stream().anyMatch(a -> "ROLE_APPLICANT".equals(a.getAuthority()));
        var taken = applicant ? tickets.take(request.type(), TicketChannel.APP, user.getName())
                : tickets.take(request.type(), TicketChannel.DOOR);
        return ResponseEntity.status(HttpStatus.CREATED).body(TicketView.of(taken));
    }

    @GetMapping("/tickets/{id}")
    @Operation(summary = "Anyone holding a ticket's id: where it stands, the people ahead and the estimated wait")
    TicketView ticket(@PathVariable @Size(max = 40) String id) {
        return TicketView.of(tickets.find(id));
    }

    @GetMapping("/my-tickets")
    @PreAuthorize(HallRoles.APPLICANT)
    @Operation(summary = "The applicant's tickets of today")
    List<TicketView> myTickets(Principal user) {
        return tickets.ofAccount(user.getName()).stream().map(TicketView::of).toList();
    }

    record DeskView(String counter, String type, TicketView current, int waiting, long meanServiceSeconds) {
    }

    @GetMapping("/desk")
    @PreAuthorize(HallRoles.CALLS)
    @Operation(summary = "The caller's counter: its type, the ticket in front of the clerk and the type's queue")
    DeskView desk(Principal user) {
        Calling.Desk d = calling.desk(user.getName());
        return new DeskView(d.counter(), d.type(), d.current() == null ? null : TicketView.of(d.current()), d.waiting(),
                d.meanService().toSeconds());
    }

    @PostMapping("/desk/next")
    @PreAuthorize(HallRoles.CALLS)
    @Operation(summary = "Finish the counter's ticket and call the next of its type (appointments first in their slot); "
            + "204 when none is waiting")
    ResponseEntity<TicketView> next(Principal user) {
        return calling.next(user.getName()).map(t -> ResponseEntity.ok(TicketView.of(t)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/desk/recall")
    @PreAuthorize(HallRoles.CALLS)
    @Operation(summary = "Call the counter's ticket again (重呼)")
    TicketView recall(Principal user) {
        return TicketView.of(calling.recall(user.getName()));
    }

    @PostMapping("/desk/skip")
    @PreAuthorize(HallRoles.CALLS)
    @Operation(summary = "Skip the counter's ticket (过号): its holder did not come")
    TicketView skip(Principal user) {
        return TicketView.of(calling.skip(user.getName()));
    }

    @PostMapping("/desk/finish")
    @PreAuthorize(HallRoles.CALLS)
    @Operation(summary = "The counter is done with its ticket")
    TicketView finish(Principal user) {
        return TicketView.of(calling.finish(user.getName()));
    }

    record TransferRequest(@NotBlank @Size(max = 8) String type) {
    }

    @PostMapping("/desk/transfer")
    @PreAuthorize(HallRoles.CALLS)
    @Operation(summary = "Transfer the counter's ticket to another type's queue (转窗口), called there before walk-ins")
    TicketView transfer(@RequestBody @Valid TransferRequest request, Principal user) {
        return TicketView.of(calling.transfer(user.getName(), request.type()));
    }

    @PostMapping("/check-ins")
    @PreAuthorize(HallRoles.DOOR)
    @Operation(summary = "A member of staff at the door checks an appointment in by its reference: its ticket")
    ResponseEntity<TicketView> checkInAtDoor(@RequestBody @Valid CheckInRequest request) {
        if (request.reference().isBlank()) {
            throw new DomainException(Kind.INVALID, "hall-reference-missing", "The appointment's reference is missing.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(TicketView.of(appointments.checkInAtDoor(request.reference())));
    }

    record CheckInRequest(@NotBlank @Size(max = 40) String reference) {
    }
}
