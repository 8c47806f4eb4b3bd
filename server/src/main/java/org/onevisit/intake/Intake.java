package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantIdentity;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receiving cases on every channel and finding them again. A submission is durable once answered, and a
 * retry with the same idempotency key — even a concurrent one — returns the same case. Who may hand in a case
 * ({@link SubmissionPolicy}) and who may read one ({@link CaseOwnership}) is decided here, for every channel alike.
 */
@Service
public class Intake {

    private final Cases cases;
    private final CaseChanges changes;
    private final ShownCases shown;
    private final NewCases newCases;
    private final IntakeAccess access;
    private final TransactionTemplate transactions;
    private final ApplicationForms forms;

    Intake(Cases cases, CaseChanges changes, ShownCases shown, NewCases newCases, IntakeAccess access,
            PlatformTransactionManager transactionManager, ApplicationForms forms) {
        this.forms = forms;
        this.cases = cases;
        this.changes = changes;
        this.shown = shown;
        this.newCases = newCases;
        this.access = access;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Receives a case (or registers an online pre-check) and answers with it, or with the earlier one for a
     * retry. Of two identical submissions arriving at once, the second waits for the first and gets its case. A
     * retry is looked up by its idempotency key only when storing it collides with the first, or when it is refused:
     * the attempt rolls back, its case number with it, and the earlier case is returned. A first submission so reads
     * nothing before it is stored. Someone who may not hand the case in is refused before anything else, a retry
     * of theirs too.
     */
    public IntakeCase submit(Submission s, String actor) {
        return submit(s, Map.of(), actor);
    }

    /**
     * Receives a case with the files uploaded with it, stored already (material key to file ids), as {@link
     * #submit(Submission, String)} does: the case and its files come in together, or not at all.
     */
    public IntakeCase submit(Submission s, Map<String, List<String>> files, String actor) {
        Actor who = access.of(actor);
        try {
            return transactions.execute(status -> submitOnce(s, files, who));
        } catch (DomainException refusal) {
            if (refusal.kind() == Kind.FORBIDDEN) {
                throw refusal;
            }
            return earlier(s, who, refusal);
        } catch (DuplicateKeyException retry) {
            return earlier(s, who, retry);
        }
    }

    /** A retry gets the case of its first attempt, even where the catalog would refuse it by now. */
    private IntakeCase earlier(Submission s, Actor who, RuntimeException retryOrRefusal) {
        return transactions.execute(status -> cases.findByIdempotencyKey(s.idempotencyKey()).map(earlier -> {
            SubmissionPolicy.check(who, s, earlier.application().departments(), access.ownIdentifier(who),
                    access.counter());
            return sameRequest(earlier, s);
        })).orElseThrow(() -> retryOrRefusal);
    }

    private IntakeCase submitOnce(Submission s, Map<String, List<String>> files, Actor who) {
        return newCases.create(s, files, who, access.counterOf(who.name(), s.channel()),
                departments -> SubmissionPolicy.check(who, s, departments, access.ownIdentifier(who), access.counter()));
    }

    private static IntakeCase sameRequest(IntakeCase earlier, Submission s) {
        if (!earlier.application().subject().equals(s.subject())
                || !earlier.parties().applicant().identifier().equals(s.applicant().identifier())) {
            throw new DomainException(Kind.CONFLICT, "intake-idempotency-key-reused",
                    "This idempotency key was used for another submission", s.idempotencyKey());
        }
        return earlier;
    }

    /** The case, for the modules and timers that work on it; people read it with {@link #find(String, String)}. */
    @ReadOnly
    public IntakeCase find(String number) {
        return shown.shown(changes.load(number));
    }

    /**
     * The case as {@code reader} may see it: staff any case, an applicant only a case of their own account; another
     * applicant's case is not found, exactly as a number that does not exist.
     */
    @ReadOnly
    public IntakeCase find(String number, String reader) {
        Actor who = access.of(reader);
        IntakeCase c = changes.load(number);
        CaseOwnership.checkReadable(who, c, changes.accountFor(who, number));
        return shown.shown(c);
    }

    /**
     * The public status of a case, for whoever knows its number and the last four digits of the applicant's
     * phone; anything else is answered as not found, so numbers cannot be probed. Reached only through
     * {@link StatusLookups}, which limits the guesses.
     */
    @ReadOnly
    IntakeCase findPublic(String number, String lastFourOfPhone) {
        return cases.find(number).filter(c -> c.parties().applicant().lastFourOfPhone().equals(lastFourOfPhone.strip()))
                .map(shown::shown).orElseThrow(() -> CaseChanges.notFound(number));
    }

    /**
     * The cases of the applicant signed in as {@code account}, the newest first, a page at a time (page from 0, size
     * 1 to 100): those applied for on the account and, once its identity is verified, those handed in at the counter
     * under its ID number or credit code ({@link CaseOwnership}).
     */
    @ReadOnly
    public CasePage ofAccount(String account, int page, int size) {
        int shownSize = Math.min(Math.max(size, 1), 100);
        int shownPage = Math.max(page, 0);
        String verified = access.verifiedIdentifier(access.of(account)).orElse(null);
        return new CasePage(shown.shown(cases.ofAccount(account, verified, shownPage * shownSize, shownSize)),
                cases.countOfAccount(account, verified), shownPage, shownSize, verified != null);
    }

    /** An applicant's cases, by ID number or credit code, the newest first: at most {@code limit} (1 to 200). */
    @ReadOnly
    public List<IntakeCase> ofApplicant(String identifier, int limit) {
        return shown.shown(cases.ofApplicant(identifier, Math.min(Math.max(limit, 1), 200)));
    }

    @ReadOnly
    public List<IntakeCase> recent(int limit) {
        return shown.shown(cases.recent(Math.min(Math.max(limit, 1), 200)));
    }

    /** The online pre-checks (互联网预审) waiting for a clerk, the oldest first, at most {@code limit}. */
    @ReadOnly
    public List<IntakeCase> waitingForPreCheck(int limit) {
        return shown.shown(cases.waitingForPreCheck(Math.min(Math.max(limit, 1), 500)));
    }

    @ReadOnly
    public List<CaseMaterial> materialsOf(String subject, boolean bundle) {
        return newCases.materialsOf(subject, bundle);
    }

    /** The roles of the applicants a case of the item or bundle needs (e.g. buyer and seller); none for one applicant. */
    @ReadOnly
    public List<org.onevisit.catalog.ApplicantRole> applicantRolesOf(String subject, boolean bundle) {
        return newCases.applicantRolesOf(subject, bundle);
    }

    /** The fields of the one form a case of the item or bundle asks (a bundle's: the union of its items'). */
    @ReadOnly
    public List<org.onevisit.catalog.FormField> formFieldsOf(String subject, boolean bundle) {
        return forms.fields(subject, bundle);
    }

    /** The answers of a case's one form, each with its field as the versions the case applies under define it. */
    @ReadOnly
    public List<FormAnswer> answersOf(IntakeCase c) {
        return forms.answers(c);
    }

    /** For checks: the case the submission made, if any. */
    @ReadOnly
    public java.util.Optional<IntakeCase> byIdempotencyKey(String key) {
        return cases.findByIdempotencyKey(key);
    }
}
