package org.onevisit.hall;

import java.time.Clock;
import java.util.Optional;

import org.onevisit.intake.CounterTickets;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.StaffCounters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the counter's new-case form in from the ticket in front of the clerk: an appointment's (or the app's) account
 * gives the applicant's identity and the item they booked for; the case received is linked to the ticket. Only the
 * clerk at the counter that called the ticket reads it.
 */
@Component
class CounterTicketForms implements CounterTickets {

    private final TicketRows tickets;
    private final AppointmentRows appointments;
    private final ApplicantAccounts accounts;
    private final StaffCounters counters;
    private final Clock clock;

    CounterTicketForms(TicketRows tickets, AppointmentRows appointments, ApplicantAccounts accounts,
            StaffCounters counters, Clock clock) {
        this.tickets = tickets;
        this.appointments = appointments;
        this.accounts = accounts;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketPrefill> prefill(String ticketId, String clerk) {
        return inFrontOf(ticketId, clerk).map(t -> {
            String subject = t.appointmentId() == null ? null
                    : appointments.find(t.appointmentId()).map(Appointment::subject).orElse(null);
            var identity = t.account() == null ? Optional.<org.onevisit.people.ApplicantIdentity>empty()
                    : accounts.identity(t.account());
            return identity.map(i -> new TicketPrefill(t.number(), subject, i.kind() == ApplicantKind.LEGAL_PERSON,
                    i.identifier(), i.name(), i.phone(), i.legalRepresentative() == null ? "" : i.legalRepresentative()))
                    .orElseGet(() -> new TicketPrefill(t.number(), subject, false, "", "", "", ""));
        });
    }

    @Override
    @Transactional
    public void received(String ticketId, String caseNumber, String clerk) {
        inFrontOf(ticketId, clerk).ifPresent(t -> tickets.received(t.id(), caseNumber, clock.instant()));
    }

    private Optional<Ticket> inFrontOf(String ticketId, String clerk) {
        Optional<String> counter = counters.counterOf(clerk);
        return tickets.find(ticketId).filter(t -> t.counter() != null && counter.isPresent()
                && t.counter().equals(counter.get()) && (t.status() == TicketStatus.CALLED || t.status() == TicketStatus.DONE));
    }
}
