package org.onevisit.people;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;

/**
 * A resident ID number (公民身份号码, GB 11643-1999): six digits of the household's region, the birth date
 * as YYYYMMDD, a three-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 * <p>
 * Personal data: {@link #toString()} gives the masked form, so a number never lands in a log by accident.
 * Use {@link #value()} only where the full number is needed.
 */
public record ResidentIdNumber(String value) {

    /** Birth dates before this are taken for typing errors. */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** Checks everything that does not depend on today: use {@link #parse} for input. */
    public ResidentIdNumber {
        Optional<DomainException> problem = problemBeforeToday(value);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    /**
     * The number typed by a person (spaces around it and a lower-case x are forgiven).
     *
     * @throws DomainException of kind INVALID whose code names what is wrong: {@code resident-id-length},
     *     {@code resident-id-character}, {@code resident-id-check}, {@code resident-id-birth-date},
     *     {@code resident-id-birth-date-too-early} or {@code resident-id-birth-date-future}
     */
    public static ResidentIdNumber parse(@Nullable String text, Clock clock) {
        Optional<DomainException> problem = problem(text, clock);
        if (problem.isPresent()) {
            throw problem.get();
        }
        return new ResidentIdNumber(normalize(text));
    }

    /** What is wrong with the typed number, if anything; the same checks as {@link #parse}. */
    public static Optional<DomainException> problem(@Nullable String text, Clock clock) {
        String value = normalize(text);
        return problemBeforeToday(value).or(() -> {
            LocalDate birth = birthDateOf(value);
            return birth.isAfter(LocalDate.now(clock))
                    ? Optional.of(Invalid.because("resident-id-birth-date-future",
                            "The birth date " + birth + " in the resident ID number is in the future.", birth.toString()))
                    : Optional.empty();
        });
    }

    /** The check character that completes the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The holder's birth date. */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The number as shown where it is not needed in full: {@code 110105********002X}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalize(@Nullable String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<DomainException> problemBeforeToday(String value) {
        if (value.length() != LENGTH) {
            return Optional.of(Invalid.because("resident-id-length",
                    "A resident ID number has 18 characters, not " + value.length() + ".", value.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || (i == LENGTH - 1 && c == 'X');
            if (!allowed) {
                return Optional.of(Invalid.because("resident-id-character",
                        "Character " + (i + 1) + " of the resident ID number is not allowed.", i + 1, String.valueOf(c)));
            }
        }
        char expected = checkCharacter(value);
        char given = value.charAt(LENGTH - 1);
        if (expected != given) {
            return Optional.of(Invalid.because("resident-id-check",
                    "The check character of the resident ID number should be " + expected + ", not " + given + ".",
                    String.valueOf(expected), String.valueOf(given)));
        }
        return birthDateProblem(value);
    }

    private static Optional<DomainException> birthDateProblem(String value) {
        String digits = value.substring(6, 14);
        LocalDate birth;
        try {
            birth = birthDateOf(value);
        } catch (DateTimeException e) {
            return Optional.of(Invalid.because("resident-id-birth-date",
                    "The birth date " + digits + " in the resident ID number does not exist.", digits));
        }
        if (birth.isBefore(EARLIEST_BIRTH_DATE)) {
            return Optional.of(Invalid.because("resident-id-birth-date-too-early",
                    "The birth date " + birth + " in the resident ID number is before 1900.", birth.toString()));
        }
        return Optional.empty();
    }

    private static LocalDate birthDateOf(String value) {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }
}
