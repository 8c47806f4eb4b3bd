package org.onevisit.people;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;

/**
 * The rule every channel applies to an applicant's legal representative (法定代表人): a legal person or other
 * organisation gives its name, at registration as at the counter or through the API.
 */
public final class LegalRepresentative {

    private LegalRepresentative() {
    }

    /** What is wrong with the representative given for an applicant, if anything. */
    public static Optional<DomainException> problem(boolean legalPerson, @Nullable String name) {
        return legalPerson && (name == null || name.isBlank())
                ? Optional.of(Invalid.because("applicant-legal-representative-missing",
                        "A legal person or other organisation gives the name of its legal representative."))
                : Optional.empty();
    }
}
