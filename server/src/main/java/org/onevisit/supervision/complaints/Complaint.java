package org.onevisit.supervision.complaints;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.supervision.complaints.Progress.Answer;
import org.onevisit.supervision.complaints.Progress.Closure;
import org.onevisit.supervision.complaints.Progress.Decision;
import org.onevisit.supervision.complaints.Progress.Routing;

/**
 * A complaint (投诉) from receipt to its end: each transition is a verb the supervisors and departments use, checks
 * the state it starts from and returns the complaint after it; the caller stores it under the version it read.
 *
 * @param number 投诉编号, e.g. {@code TS2026000012}
 */
public record Complaint(String number, long version, Filing filing, Complainant complainant, ComplaintState state,
        @Nullable Decision decision, @Nullable Routing routing, @Nullable Answer answer, @Nullable Closure closure) {

    /** A complaint just received. */
    static Complaint received(String number, Filing filing, Complainant complainant) {
        return new Complaint(number, 0, filing, complainant, ComplaintState.RECEIVED, null, null, null, null);
    }

    /** 受理. */
    Complaint accept(LocalDate on, String by) {
        expect(ComplaintState.RECEIVED, "accept");
        return new Complaint(number, version, filing, complainant, ComplaintState.ACCEPTED, new Decision(on, by, null),
                null, null, null);
    }

    /** 不予受理, with the reason the complainant is told. */
    Complaint refuse(LocalDate on, String by, String reason) {
        expect(ComplaintState.RECEIVED, "refuse");
        return new Complaint(number, version, filing, complainant, ComplaintState.NOT_ACCEPTED,
                new Decision(on, by, reason.strip()), null, null, null);
    }

    /** 转办: to the department that answers by {@code answerDue}. */
    Complaint route(String department, LocalDate on, LocalDate answerDue) {
        expect(ComplaintState.ACCEPTED, "route");
        return new Complaint(number, version, filing, complainant, ComplaintState.ROUTED, decision,
                new Routing(department, on, answerDue), null, null);
    }

    /** The department's answer. */
    Complaint answer(String text, String by, LocalDate on) {
        expect(ComplaintState.ROUTED, "answer");
        return new Complaint(number, version, filing, complainant, ComplaintState.ANSWERED, decision, routing,
                new Answer(text.strip(), by, on), null);
    }

    /** 办结, with the result the complainant is told. */
    Complaint close(String result, LocalDate on) {
        expect(ComplaintState.ANSWERED, "close");
        return new Complaint(number, version, filing, complainant, ComplaintState.CLOSED, decision, routing, answer,
                new Closure(result.strip(), on));
    }

    /** The department it was routed to, if it was. */
    public @Nullable String department() {
        return routing == null ? null : routing.department();
    }

    /**
     * Whether a step is late on {@code today}: the decision to accept it after its 5 working days, or the department's
     * answer after its deadline.
     */
    public boolean overdue(LocalDate today) {
        return switch (state) {
            case RECEIVED -> today.isAfter(filing.acceptanceDue());
            case ROUTED -> routing != null && today.isAfter(routing.answerDue());
            default -> false;
        };
    }

    /** The day the step it waits for is due, if it waits for one. */
    public @Nullable LocalDate due() {
        return switch (state) {
            case RECEIVED -> filing.acceptanceDue();
            case ROUTED -> routing == null ? null : routing.answerDue();
            default -> null;
        };
    }

    private void expect(ComplaintState from, String action) {
        if (state != from) {
            throw new DomainException(Kind.CONFLICT, "supervision-complaint-state",
                    "Complaint " + number + " is " + state + ": it cannot " + action,
                    java.util.Map.of("number", number, "state", state.name()), number,
                    DomainException.label("supervision.complaint.state." + state.name(), state.name()));
        }
    }
}
