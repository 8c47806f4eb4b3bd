package org.onevisit.hall.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.hall.Appointment;
import org.onevisit.hall.Appointments;
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
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Appointments (预约) of the signed-in applicant: booked, listed, cancelled and checked in on arrival (ADR 0040). */
@JsonApi("/api/v1")
@Tag(name = "Appointments", description = "预约：按窗口类型和时段预约、取消、到场签到")
class AppointmentApi {

    private final Appointments appointments;

    AppointmentApi(Appointments appointments) {
        this.appointments = appointments;
    }

    record AppointmentView(String id, String reference, String type, LocalDate date, String start, String end,
            @Nullable String subject, String status, Instant bookedAt, @Nullable String ticketId) {

        static AppointmentView of(Appointment a) {
            return new AppointmentView(a.id(), a.reference(), a.type(), a.day(), TicketView.hhmm(a.start()), TicketView.hhmm(a.end()), a.subject(),
                    a.status().name(), a.bookedAt(), a.ticketId());
        }
    }

    /** @param subject the item or bundle code one comes for, to fill the counter's form in; optional */
    record BookRequest(@NotBlank @Size(max = 8) String type, @NotNull LocalDate date, @NotNull LocalTime start,
            @Nullable @Size(max = 64) String subject) {
    }

    @PostMapping("/appointments")
    @PreAuthorize(HallRoles.APPLICANT)
    @Operation(summary = "Book a slot of a counter type on a working day (GET /api/v1/hall/slots): confirmed by text "
            + "message; the Idempotency-Key header makes a retry return the same appointment")
    ResponseEntity<AppointmentView> book(@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody @Valid BookRequest request, Principal user) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new DomainException(Kind.INVALID, "hall-idempotency-key-missing",
                    "An Idempotency-Key header (1 to 100 characters) is required");
        }
        Appointments.Booked booked = appointments.book(user.getName(), request.type(), request.date(), request.start(),
                request.subject(), key);
        return ResponseEntity.status(booked.retry() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(AppointmentView.of(booked.appointment()));
    }

    @GetMapping("/me/appointments")
    @PreAuthorize(HallRoles.APPLICANT)
    @Operation(summary = "The applicant's appointments from today on, the soonest first")
    List<AppointmentView> mine(Principal user) {
        return appointments.mine(user.getName()).stream().map(AppointmentView::of).toList();
    }

    @GetMapping("/appointments/{id}")
    @PreAuthorize(HallRoles.APPLICANT)
    @Operation(summary = "One of the applicant's appointments")
    AppointmentView one(@PathVariable @Size(max = 40) String id, Principal user) {
        return AppointmentView.of(appointments.of(id, user.getName()));
    }

    @PostMapping("/appointments/{id}/cancellation")
    @PreAuthorize(HallRoles.APPLICANT)
    @Operation(summary = "Cancel the applicant's appointment before its slot begins")
    AppointmentView cancel(@PathVariable @Size(max = 40) String id, Principal user) {
        return AppointmentView.of(appointments.cancel(id, user.getName()));
    }

    @PostMapping("/appointments/{id}/check-in")
    @PreAuthorize("hasRole('APPLICANT') or " + HallRoles.DOOR)
    @Operation(summary = "Check in on arrival, on the day from an hour before the slot to its end: the applicant their "
            + "own, a member of staff at the door anyone's. Answers the appointment's ticket, called first in its slot")
    ResponseEntity<TicketView> checkIn(@PathVariable @Size(max = 40) String id, Authentication user) {
        boolean applicant = user.getAuthorities().stream().anyMatch(a -> "ROLE_APPLICANT".equals(a.getAuthority()));
        var ticket = applicant ? appointments.checkIn(id, user.getName()) : appointments.checkInAtDoor(id);
        return ResponseEntity.status(HttpStatus.CREATED).body(TicketView.of(ticket));
    }
}
