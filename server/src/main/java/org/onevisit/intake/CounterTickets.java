package org.onevisit.intake;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The queue's tickets as the counter's new-case form knows them, by an opaque ticket id (never an ID number in an
 * address): what the ticket tells of the applicant to fill the form in, and the case received for it. Intake owns
 * this interface and the hall implements it, so intake does not depend on the hall (ADR 0040); without a hall, no
 * ticket is known.
 */
public interface CounterTickets {

    /** No hall: no ticket is known. */
    CounterTickets NONE = new CounterTickets() {
        @Override
        public Optional<TicketPrefill> prefill(String ticketId, String clerk) {
            return Optional.empty();
        }

        @Override
        public void received(String ticketId, String caseNumber, String clerk) {
        }
    };

    /**
     * What the ticket called at the clerk's counter tells of its holder; empty for a ticket not in front of this
     * clerk.
     */
    Optional<TicketPrefill> prefill(String ticketId, String clerk);

    /** The case received for the ticket at the clerk's counter: its service ends, and the ticket names the case. */
    void received(String ticketId, String caseNumber, String clerk);

    /**
     * A called ticket's holder as the form takes them: the ticket's number, and where the holder booked or took the
     * ticket with an account, its identity and the item they came for.
     */
    record TicketPrefill(String number, @Nullable String subject, boolean legalPerson, String identifier, String name,
            String phone, String legalRepresentative) {

        @Override
        public String toString() {
            return "TicketPrefill[" + number + "]";
        }
    }
}
