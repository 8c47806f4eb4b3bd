package org.onevisit.people;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
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

    ApplicantAccounts(Applicants applicants, PasswordEncoder passwords, Clock clock) {
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
    @Transactional(readOnly = true)
    public Optional<ApplicantProfile> profile(String principal) {
        return accountId(principal).flatMap(applicants::find).map(ApplicantAccounts::profileOf);
    }

    ApplicantProfile register(ApplicantRegistration registration, boolean demo) {
        String identifier = onField(registration.identifierField(), () -> identifierOf(registration));
        String phone = onField("phone", () -> PhoneNumber.parse(registration.phone()).value());
        String representative = representativeOf(registration);
        if (registration.name().isBlank()) {
            throw onField("name", Invalid.because("applicant-name-missing", "The name is missing."));
        }
        if (applicants.byIdentifier(identifier).isPresent()) {
            throw alreadyRegistered(registration.identifierField());
        }
        try {
            applicants.insert(registration.kind(), identifier, registration.name().strip(), phone, representative,
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
                new PhoneNumber(account.phone()).masked(), account.legalRepresentative(), account.demo());
    }

    private String identifierOf(ApplicantRegistration registration) {
        return registration.kind() == ApplicantKind.NATURAL_PERSON
                ? ResidentIdNumber.parse(registration.identifier(), clock).value()
                : CreditCode.parse(registration.identifier()).value();
    }

    private static @Nullable String representativeOf(ApplicantRegistration registration) {
        String name = registration.legalRepresentative() == null ? "" : registration.legalRepresentative().strip();
        if (registration.kind() == ApplicantKind.NATURAL_PERSON) {
            return null;
        }
        if (name.isEmpty()) {
            throw onField("legalRepresentative", Invalid.because("applicant-legal-representative-missing",
                    "A legal person registers with the name of its legal representative."));
        }
        return name;
    }

    private static Optional<Long> accountId(String principal) {
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

    private static <T> T onField(String field, java.util.function.Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (DomainException e) {
            throw onField(field, e);
        }
    }

    /** The same problem, naming the field of the form or request it is about. */
    private static DomainException onField(String field, DomainException e) {
        return new DomainException(e.kind(), e.code(), e.getMessage(), Map.of("field", field), e.args());
    }
}
