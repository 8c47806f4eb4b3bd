package org.onevisit.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants' accounts (申请人): a natural person registers with the resident ID number, a legal person
 * with the unified social credit code; both log in with it (or their mobile number) and a password.
 */
@Service
public class ApplicantAccounts {

    /** Applicants are logged in as this prefix and their account number, never as their ID number. */
    public static final String PRINCIPAL_PREFIX = "applicant-";

    private final Applicants applicants;
    private final PasswordEncoder passwords;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    ApplicantAccounts(Applicants applicants, PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.applicants = applicants;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Opens an account after checking the identifier's checksum (and birth date), the phone number and,
     * for a legal person, the legal representative. A problem names the field it is about.
     */
    @Transactional
    public ApplicantProfile register(ApplicantRegistration registration) {
        return register(registration, false);
    }

    /** The profile of the applicant logged in under the given name. */
    @ReadOnly
    public Optional<ApplicantProfile> profile(String principal) {
        return accountId(principal).flatMap(applicants::find).map(ApplicantAccounts::profileOf);
    }

    /**
     * How the enabled account with this mobile number is reached beside the phone (e-mail, language), for the messages
     * sent to the number: the earliest such account when several share the number, none when no account has it.
     */
    @ReadOnly
    public Optional<ApplicantContact> contactByPhone(String phone) {
        if (PhoneNumber.problem(phone).isPresent()) {
            return Optional.empty();
        }
        return applicants.byPhone(PhoneNumber.parse(phone).value()).stream().filter(Applicants.Account::enabled)
                .min(java.util.Comparator.comparingLong(Applicants.Account::id)).map(applicants::contact);
    }

    /** How the account logged in under the given name is reached beside its phone. */
    @ReadOnly
    public Optional<ApplicantContact> contact(String principal) {
        return accountId(principal).flatMap(applicants::find).map(applicants::contact);
    }

    /**
     * Sets the account's e-mail address ({@code null} or blank: none) and message language ({@code zh} or {@code en}),
     * refused with a problem naming the field ({@code email}, {@code language}). Audited, the address masked.
     */
    @Transactional
    public ApplicantContact updateContact(String principal, @Nullable String email, @Nullable String language,
            String channel) {
        Applicants.Account account = accountId(principal).flatMap(applicants::find)
                .orElseThrow(() -> notRegistered("account"));
        String address = email == null || email.isBlank() ? null : parsedEmail(email);
        String chosen = language == null || language.isBlank() ? "zh" : language.strip();
        if (!ApplicantContact.LANGUAGES.contains(chosen)) {
            throw new DomainException(Kind.INVALID, "language-unknown", "Messages are written in zh or en.",
                    Map.of("field", "language"));
        }
        ApplicantContact before = applicants.contact(account);
        applicants.updateContact(account.id(), address, chosen);
        events.publishEvent(new AuditedChange("applicant", account.principal(), "updateContact", account.principal(),
                channel, Map.of("email", before.email() == null ? "" : EmailAddress.masked(before.email()),
                        "language", before.language()),
                Map.of("email", address == null ? "" : EmailAddress.masked(address), "language", chosen),
                clock.instant()));
        return applicants.contact(account);
    }

    private static String parsedEmail(String email) {
        try {
            return EmailAddress.parse(email).value();
        } catch (DomainException e) {
            throw onField("email", e);
        }
    }

    /** Whether an enabled account is logged in under the given name. */
    @ReadOnly
    public boolean enabled(String principal) {
        return accountId(principal).flatMap(applicants::find).filter(Applicants.Account::enabled).isPresent();
    }

    /**
     * The full identity of the applicant logged in under the given name, for a case they apply for
     * themselves; never shown on a page.
     */
    @ReadOnly
    public Optional<ApplicantIdentity> identity(String principal) {
        return accountId(principal).flatMap(applicants::find).map(a -> new ApplicantIdentity(a.kind(), a.identifier(),
                a.name(), a.phone(), a.legalRepresentative()));
    }

    /**
     * The ID number or credit code of the applicant logged in under the given name, when the counter has verified the
     * holder's identity (实名核验): the cases filed at the counter under it are theirs too. Empty for an unverified
     * account, whose cases are only those it applied for itself.
     */
    @ReadOnly
    public Optional<String> verifiedIdentifier(String principal) {
        return accountId(principal).flatMap(applicants::find).filter(Applicants.Account::enabled)
                .filter(Applicants.Account::identityVerified).map(Applicants.Account::identifier);
    }

    /**
     * The name of the enabled account of a natural person registered under this resident ID number, for a caller that
     * has read the number from the holder's ID card (the hall's kiosk, to offer the holder's appointments): the account
     * name only, nothing else of the account. Empty for a number that is not valid or under which no enabled account is
     * registered.
     */
    @ReadOnly
    public Optional<String> principalOfCardHolder(String residentIdNumber) {
        if (ResidentIdNumber.problem(residentIdNumber, clock).isPresent()) {
            return Optional.empty();
        }
        return applicants.byIdentifier(ResidentIdNumber.parse(residentIdNumber, clock).value())
                .filter(a -> a.kind() == ApplicantKind.NATURAL_PERSON).filter(Applicants.Account::enabled)
                .map(Applicants.Account::principal);
    }

    /**
     * A counter clerk has seen the ID card (or business licence) of the holder of the account registered under
     * {@code identifier} ({@link IdentityCheckPolicy}): {@link #verifyIdentity(String, ApplicantKind, String, Actor,
     * String)} for the account the number names.
     *
     * @return the account's profile, verified
     */
    @Transactional
    public ApplicantProfile verifyIdentity(ApplicantKind kind, @Nullable String identifier, Actor clerk) {
        IdentityCheckPolicy.check(clerk);
        String field = kind == ApplicantKind.NATURAL_PERSON ? "idNumber" : "creditCode";
        Applicants.Account account = applicants.byIdentifier(parsedIdentifier(kind, identifier, field))
                .filter(a -> a.kind() == kind).orElseThrow(() -> notRegistered(field));
        return verifyIdentity(account.principal(), kind, identifier, clerk, "API");
    }

    /**
     * A counter clerk has seen the ID card (or business licence) of the holder of the account {@code principal}, whose
     * number they typed from it as {@code identifier} (实名核验, {@link IdentityCheckPolicy}): the one implementation of
     * the API and the counter's page. Refused, each naming its field, when the number is not valid, no such account
     * exists, the number is not the account's, or the account is verified already (once verified it stays so). Audited
     * with the clerk and the channel; the number is not written to the trail.
     *
     * @return the account's profile, verified
     */
    @Transactional
    public ApplicantProfile verifyIdentity(String principal, ApplicantKind kind, @Nullable String identifier,
            Actor clerk, String channel) {
        IdentityCheckPolicy.check(clerk);
        String field = kind == ApplicantKind.NATURAL_PERSON ? "idNumber" : "creditCode";
        String parsed = parsedIdentifier(kind, identifier, field);
        Applicants.Account account = accountId(principal).flatMap(applicants::find)
                .orElseThrow(() -> notRegistered("account"));
        if (account.kind() != kind || !account.identifier().equals(parsed)) {
            throw new DomainException(Kind.RULE_VIOLATED, "applicant-identity-mismatch",
                    "The number on the document is not the account's.", Map.of("field", field));
        }
        if (account.identityVerified()) {
            throw new DomainException(Kind.CONFLICT, "applicant-identity-verified-already",
                    "The account's identity is verified already.", Map.of("field", field));
        }
        applicants.identityVerified(account.id(), clerk.name(), clock.instant());
        events.publishEvent(new AuditedChange("applicant", account.principal(), "verifyIdentity", clerk.name(), channel,
                Map.of("identityVerified", "false"), Map.of("identityVerified", "true"), clock.instant()));
        return applicants.find(account.id()).map(ApplicantAccounts::profileOf).orElseThrow();
    }

    /**
     * The account a counter clerk looks up to verify: by its ID number or credit code, or by its account name
     * ({@code applicant-…}); what the clerk sees of it is its profile, the number and phone masked.
     */
    @ReadOnly
    public Optional<ApplicantProfile> forIdentityCheck(String lookup, Actor clerk) {
        IdentityCheckPolicy.check(clerk);
        String typed = lookup.strip().toUpperCase(java.util.Locale.ROOT);
        if (typed.startsWith(PRINCIPAL_PREFIX.toUpperCase(java.util.Locale.ROOT))) {
            return profile(typed.toLowerCase(java.util.Locale.ROOT));
        }
        Optional<String> number = ResidentIdNumber.problem(typed, clock).isEmpty()
                ? Optional.of(ResidentIdNumber.parse(typed, clock).value())
                : CreditCode.problem(typed).isEmpty() ? Optional.of(CreditCode.parse(typed).value()) : Optional.empty();
        return number.flatMap(applicants::byIdentifier).map(ApplicantAccounts::profileOf);
    }

    private String parsedIdentifier(ApplicantKind kind, @Nullable String identifier, String field) {
        try {
            return kind == ApplicantKind.NATURAL_PERSON ? ResidentIdNumber.parse(identifier, clock).value()
                    : CreditCode.parse(identifier).value();
        } catch (DomainException e) {
            throw onField(field, e);
        }
    }

    private static DomainException notRegistered(String field) {
        return new DomainException(Kind.NOT_FOUND, "applicant-not-registered",
                "No account is registered under this number.", Map.of("field", field));
    }

    /**
     * Everything wrong with a registration, each problem naming its field, before anything is stored;
     * a form shows them all at once.
     */
    public List<DomainException> problems(ApplicantRegistration registration) {
        List<DomainException> problems = identityProblems(registration);
        PasswordPolicy.standard().problem(registration.password(), holderOf(registration), "password")
                .ifPresent(problems::add);
        return problems;
    }

    private List<DomainException> identityProblems(ApplicantRegistration registration) {
        List<DomainException> problems = new ArrayList<>();
        identifierProblem(registration).ifPresent(e -> problems.add(onField(registration.identifierField(), e)));
        PhoneNumber.problem(registration.phone()).ifPresent(e -> problems.add(onField("phone", e)));
        if (registration.name().isBlank()) {
            problems.add(onField("name", Invalid.because("applicant-name-missing", "The name is missing.")));
        }
        LegalRepresentative.problem(registration.kind() == ApplicantKind.LEGAL_PERSON, representativeOf(registration))
                .ifPresent(e -> problems.add(onField("legalRepresentative", e)));
        return problems;
    }

    /** Registers; a demo account keeps its published password, which the {@link PasswordPolicy} would refuse. */
    ApplicantProfile register(ApplicantRegistration registration, boolean demo) {
        List<DomainException> problems = demo ? identityProblems(registration) : problems(registration);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        String identifier = identifierOf(registration);
        if (applicants.byIdentifier(identifier).isPresent()) {
            throw alreadyRegistered(registration.identifierField());
        }
        try {
            applicants.insert(registration.kind(), identifier, registration.name().strip(),
                    PhoneNumber.parse(registration.phone()).value(), representativeOf(registration),
                    passwords.encode(registration.password()), demo, clock.instant());
        } catch (DuplicateKeyException e) {
            throw alreadyRegistered(registration.identifierField());
        }
        return applicants.byIdentifier(identifier).map(ApplicantAccounts::profileOf).orElseThrow();
    }

    static ApplicantProfile profileOf(Applicants.Account account) {
        String shown = account.kind() == ApplicantKind.NATURAL_PERSON
                ? new ResidentIdNumber(account.identifier()).masked() : account.identifier();
        return new ApplicantProfile(account.principal(), account.kind(), shown, account.name(),
                new PhoneNumber(account.phone()).masked(), account.legalRepresentative(), account.demo(),
                account.identityVerified());
    }

    /** What names the applicant: the identifier and the mobile number, as stored where they are valid. */
    private PasswordPolicy.Holder holderOf(ApplicantRegistration registration) {
        String identifier = identifierProblem(registration).isEmpty() ? identifierOf(registration)
                : registration.identifier();
        String phone = PhoneNumber.problem(registration.phone()).isEmpty()
                ? PhoneNumber.parse(registration.phone()).value() : registration.phone();
        return PasswordPolicy.Holder.applicant(registration.kind(), identifier, phone);
    }

    private Optional<DomainException> identifierProblem(ApplicantRegistration registration) {
        return registration.kind() == ApplicantKind.NATURAL_PERSON
                ? ResidentIdNumber.problem(registration.identifier(), clock)
                : CreditCode.problem(registration.identifier());
    }

    private String identifierOf(ApplicantRegistration registration) {
        return registration.kind() == ApplicantKind.NATURAL_PERSON
                ? ResidentIdNumber.parse(registration.identifier(), clock).value()
                : CreditCode.parse(registration.identifier()).value();
    }

    private static @Nullable String representativeOf(ApplicantRegistration registration) {
        String name = registration.legalRepresentative() == null ? "" : registration.legalRepresentative().strip();
        return registration.kind() == ApplicantKind.NATURAL_PERSON || name.isEmpty() ? null : name;
    }

    static Optional<Long> accountId(String principal) {
        if (!principal.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.substring(PRINCIPAL_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static DomainException alreadyRegistered(String field) {
        return new DomainException(Kind.CONFLICT, "applicant-already-registered",
                "An account with this number exists already; log in or reset the password at the counter.",
                Map.of("field", field));
    }

    /** The same problem, naming the field of the form or request it is about. */
    private static DomainException onField(String field, DomainException e) {
        return new DomainException(e.kind(), e.code(), e.getMessage(), Map.of("field", field), e.args());
    }
}
