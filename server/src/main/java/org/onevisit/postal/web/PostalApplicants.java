package org.onevisit.postal.web;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.Applicant;
import org.onevisit.people.CreditCode;
import org.onevisit.people.LegalRepresentative;
import org.onevisit.people.PhoneNumber;
import org.onevisit.people.ResidentIdNumber;
import org.onevisit.platform.DomainException;

/**
 * The applicant of a postal case as the clerk types them from the letter, each value checked by the people value types;
 * a rejection names the field it is about ({@code applicant.idNumber} …), for the API's problem and the page alike.
 */
final class PostalApplicants {

    private PostalApplicants() {
    }

    static Applicant of(boolean legalPerson, @Nullable String identifier, @Nullable String name, @Nullable String phone,
            @Nullable String legalRepresentative, Clock clock) {
        String id = legalPerson ? onField("applicant.creditCode", () -> CreditCode.parse(identifier).value())
                : onField("applicant.idNumber", () -> ResidentIdNumber.parse(identifier, clock).value());
        String shownName = name == null ? "" : name.strip();
        if (shownName.isEmpty() || shownName.length() > 200) {
            throw new DomainException(DomainException.Kind.INVALID, "postal-applicant-name-missing",
                    "The applicant's name is missing", Map.of("field", "applicant.name"));
        }
        LegalRepresentative.problem(legalPerson, legalRepresentative).ifPresent(e -> {
            throw new DomainException(e.kind(), e.code(), e.getMessage(), Map.of("field", "applicant.legalRepresentative"),
                    e.args());
        });
        return new Applicant(legalPerson, id, shownName, onField("applicant.phone", () -> PhoneNumber.parse(phone).value()),
                legalPerson ? legalRepresentative.strip() : null);
    }

    private static String onField(String field, Supplier<String> parse) {
        try {
            return parse.get();
        } catch (DomainException e) {
            throw new DomainException(e.kind(), e.code(), e.getMessage(), Map.of("field", field), e.args());
        }
    }
}
