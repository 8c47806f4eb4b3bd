package org.onevisit.supervision.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.onevisit.supervision.ComplainedCases;
import org.onevisit.supervision.ComplaintParties;
import org.onevisit.supervision.ComplaintParties.Party;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints (投诉) coming in and read: from the portal, the counter, 12345 referrals and letters; a retry with the same
 * idempotency key, or the same 12345 referral again, is the complaint of the first attempt. What is done with them is
 * {@link ComplaintHandling}.
 */
@Service
public class Complaints {

    private final ComplaintStore store;
    private final ComplaintChanges changes;
    private final ComplaintParties parties;
    private final ObjectProvider<ComplainedCases> cases;
    private final ComplaintDeadlines deadlines;
    private final TransactionTemplate transactions;

    Complaints(ComplaintStore store, ComplaintChanges changes, ComplaintParties parties,
            ObjectProvider<ComplainedCases> cases, ComplaintDeadlines deadlines, PlatformTransactionManager transactions) {
        this.store = store;
        this.changes = changes;
        this.parties = parties;
        this.cases = cases;
        this.deadlines = deadlines;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Receives a complaint recorded by {@code login}; the complaint, and whether it came in earlier (a retry).
     */
    public Filed file(NewComplaint request, String login) {
        Party who = parties.of(login);
        ComplaintPolicy.checkFiling(who, request.channel());
        String key = request.idempotencyKey() == null ? null : login + ":" + request.idempotencyKey().strip();
        try {
            return transactions.execute(status -> store.earlier(key, request.referral())
                    .map(earlier -> new Filed(sameRequest(earlier, request), true))
                    .orElseGet(() -> new Filed(receive(request, who, key), false)));
        } catch (DuplicateKeyException retry) {
            return transactions.execute(status -> store.earlier(key, request.referral())
                    .map(earlier -> new Filed(sameRequest(earlier, request), true)).orElseThrow(() -> retry));
        }
    }

    /** A complaint just stored, or the one an earlier attempt stored. */
    public record Filed(Complaint complaint, boolean earlier) {
    }

    private Complaint receive(NewComplaint request, Party who, @Nullable String key) {
        String caseNumber = request.caseNumber() == null || request.caseNumber().isBlank() ? null
                : request.caseNumber().strip();
        if (caseNumber != null && !cases.getIfAvailable(() -> (number, login) -> false).readableBy(caseNumber,
                who.login())) {
            throw new DomainException(Kind.INVALID, "supervision-complaint-case-unknown",
                    "No case " + caseNumber + " of the complainant's", Map.of("field", "caseNumber"), caseNumber);
        }
        Complainant complainant = request.channel() == ComplaintChannel.PORTAL ? Complainant.account(who.login())
                : request.complainant();
        if (complainant == null) {
            throw new DomainException(Kind.INVALID, "supervision-complaint-complainant-missing",
                    "Who complains: a name and phone, or anonymous", Map.of("field", "complainant"));
        }
        LocalDate today = deadlines.today();
        Filing filing = new Filing(request.channel(), request.category(), request.text().strip(), caseNumber,
                request.referral() == null ? null : request.referral().strip(), who.login(), today,
                deadlines.acceptanceDue(today));
        return changes.received(filing, complainant, key);
    }

    private static Complaint sameRequest(Complaint earlier, NewComplaint request) {
        if (earlier.filing().channel() != request.channel() || !earlier.filing().text().equals(request.text().strip())) {
            throw new DomainException(Kind.CONFLICT, "supervision-complaint-idempotency-key-reused",
                    "This idempotency key or referral came with another complaint", Map.of("number", earlier.number()),
                    earlier.number());
        }
        return earlier;
    }

    /** The complaint as {@code login} may see it; another applicant's is not found. */
    @ReadOnly
    public Complaint find(String number, String login) {
        Complaint c = store.find(number).orElseThrow(() -> ComplaintPolicy.notFound(number));
        ComplaintPolicy.checkReadable(parties.of(login), c);
        return c;
    }

    /**
     * The complaints {@code login} may list, newest first: a supervisor's choice of state and department, a
     * department's own (those routed to it), an applicant's own, the hotline's own referrals.
     */
    @ReadOnly
    public List<Complaint> list(@Nullable ComplaintState state, @Nullable String department, String login, int page,
            int size) {
        ComplaintPolicy.Scope scope = ComplaintPolicy.listing(parties.of(login));
        String shown = scope.department() != null ? scope.department() : department;
        return store.list(state, shown, scope.account(), scope.recordedBy(), page * size, size);
    }

    /** Today in the centre. */
    public LocalDate today() {
        return deadlines.today();
    }
}
