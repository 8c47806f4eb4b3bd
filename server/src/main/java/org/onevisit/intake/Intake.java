package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantIdentity;
import org.onevisit.certificates.CertificateRegister;
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
    private final CaseNumbers numbers;
    private final MaterialSets materialSets;
    private final CaseChanges changes;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final CertificateRegister certificates;
    private final ShownCases shown;
    private final Actors actors;
    private final ApplicantAccounts applicants;
    private final CounterPolicy counter;

    Intake(Cases cases, CaseNumbers numbers, MaterialSets materialSets, CaseChanges changes, Clock clock,
            PlatformTransactionManager transactionManager, CertificateRegister certificates, ShownCases shown,
            Actors actors, ApplicantAccounts applicants, CounterStaffing staffing) {
        this.certificates = certificates;
        this.shown = shown;
        this.actors = actors;
        this.applicants = applicants;
        this.counter = new CounterPolicy(staffing);
        this.transactions = new TransactionTemplate(transactionManager);
        this.cases = cases;
        this.numbers = numbers;
        this.materialSets = materialSets;
        this.changes = changes;
        this.clock = clock;
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
        Actor who = actors.of(actor);
        try {
            return transactions.execute(status -> submitOnce(s, who));
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
            SubmissionPolicy.check(who, s, earlier.departments(), ownIdentifier(who), counter);
            return sameRequest(earlier, s);
        })).orElseThrow(() -> retryOrRefusal);
    }

    private IntakeCase submitOnce(Submission s, Actor who) {
        List<ItemVersion> items = materialSets.items(s.subject(), s.bundle());
        SubmissionPolicy.check(who, s, items.stream().map(v -> v.details().department()).distinct().toList(),
                ownIdentifier(who), counter);
        String actor = who.name();
        LocalDate today = LocalDate.now(clock);
        java.util.Map<String, String> reused = new java.util.LinkedHashMap<>();
        List<CaseMaterial> materials = materialSets.materials(items).stream()
                .map(m -> s.materials().containsKey(m.key()) ? m.with(s.materials().get(m.key()), "") : m)
                .map(m -> byCertificate(m, s.applicant().identifier(), today, reused)).toList();
        s.materials().keySet().stream().filter(k -> materials.stream().noneMatch(m -> m.key().equals(k))).findFirst()
                .ifPresent(k -> {
                    throw new DomainException(Kind.INVALID, "intake-material-unknown", "No material " + k, s.subject(), k);
                });
        CaseNumber number = numbers.next(today);
        List<CaseItem> caseItems = items.stream().map(v -> new CaseItem(v.code().value(), v.version(), v.details().name(),
                v.details().department(), v.details().promisedLimit(), v.details().legalLimit(),
                v.details().jointDepartments())).toList();
        String subjectName = s.bundle() ? materialSets.bundleName(s.subject()) : items.get(0).details().name();
        List<Visit> visits = s.channel().inPerson() ? List.of(new Visit(clock.instant(), "收件", actor)) : List.of();
        IntakeCase created = new IntakeCase(number, s.idempotencyKey(), s.channel(),
                s.preCheck() ? CaseStatus.PRE_CHECK : CaseStatus.RECEIVED, s.subject(), subjectName, s.bundle(), caseItems,
                s.applicant(), s.agent(), s.form(), materials, visits, clock.instant(), s.preCheck() ? null : today, null,
                null, false, null, List.of(), null, null, null, "", "", 0);
        cases.insert(created, s.account());
        reused.values().forEach(certificate -> certificates.recordReuse(certificate, number.value()));
        changes.audit(null, created, actor, s.channel().name(), s.preCheck() ? "requestPreCheck" : "receive");
        return created;
    }

    /** The ID number or credit code of an applicant's own account; null for anyone else. */
    private @Nullable String ownIdentifier(Actor who) {
        return who.isApplicant() ? applicants.identity(who.name()).map(ApplicantIdentity::identifier).orElse(null) : null;
    }

    /**
     * 免提交: a material still missing that a valid e-certificate of the applicant satisfies is attached from the
     * certificate, shown as such and counted.
     */
    private CaseMaterial byCertificate(CaseMaterial m, String holder, LocalDate day, java.util.Map<String, String> reused) {
        if (m.status() != MaterialStatus.MISSING || m.certificateType().isBlank()) {
            return m;
        }
        return certificates.validOfType(holder, m.certificateType(), day).map(number -> {
            reused.put(m.key(), number);
            return m.with(MaterialStatus.BY_CERTIFICATE, "电子证照 " + number);
        }).orElse(m);
    }

    private static IntakeCase sameRequest(IntakeCase earlier, Submission s) {
        if (!earlier.subject().equals(s.subject()) || !earlier.applicant().identifier().equals(s.applicant().identifier())) {
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
        Actor who = actors.of(reader);
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
        return cases.find(number).filter(c -> c.applicant().lastFourOfPhone().equals(lastFourOfPhone.strip()))
                .map(shown::shown).orElseThrow(() -> CaseChanges.notFound(number));
    }

    @ReadOnly
    public List<IntakeCase> ofAccount(String account) {
        return shown.shown(cases.ofAccount(account));
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

    @ReadOnly
    public List<CaseMaterial> materialsOf(String subject, boolean bundle) {
        return materialSets.preview(subject, bundle);
    }

    /** For checks: the case the submission made, if any. */
    @ReadOnly
    public java.util.Optional<IntakeCase> byIdempotencyKey(String key) {
        return cases.findByIdempotencyKey(key);
    }
}
