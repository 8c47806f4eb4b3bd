package org.onevisit.people;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) of a company, an authority or another
 * organisation: registry, category, region, the nine-character organisation code (GB 11714, with its
 * own check character at position 17) and an ISO 7064 MOD 31-3 check character at position 18. The
 * characters are the digits and the capital letters except I, O, Z, S and V.
 */
public record CreditCode(String value) {

    private static final int LENGTH = 18;
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Rejects a malformed code the same way {@link #parse} does. */
    public CreditCode {
        Optional<DomainException> problem = problem(value);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    /**
     * The code typed by a person (spaces around it and lower-case letters are forgiven).
     *
     * @throws DomainException of kind INVALID whose code names what is wrong: {@code credit-code-length},
     *     {@code credit-code-character}, {@code credit-code-organisation-check} or {@code credit-code-check}
     */
    public static CreditCode parse(@Nullable String text) {
        return new CreditCode(normalize(text));
    }

    /** What is wrong with the typed code, if anything; the same checks as {@link #parse}. */
    public static Optional<DomainException> problem(@Nullable String text) {
        String value = normalize(text);
        if (value.length() != LENGTH) {
            return Optional.of(Invalid.because("credit-code-length",
                    "A unified social credit code has 18 characters, not " + value.length() + ".", value.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) {
                return Optional.of(Invalid.because("credit-code-character",
                        "Character " + (i + 1) + " of the unified social credit code is not allowed.",
                        i + 1, String.valueOf(value.charAt(i))));
            }
        }
        return checkProblem("credit-code-organisation-check", organisationCheckCharacter(value.substring(8, 16)),
                value.charAt(16)).or(() -> checkProblem("credit-code-check", checkCharacter(value), value.charAt(17)));
    }

    /** The check character (position 18) that completes the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** The organisation code's check character (position 17) for its first eight characters (positions 9-16). */
    static char organisationCheckCharacter(String organisation8) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            sum += Character.digit(organisation8.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Optional<DomainException> checkProblem(String code, char expected, char given) {
        return expected == given ? Optional.empty()
                : Optional.of(Invalid.because(code, "Check character should be " + expected + ", not " + given + ".",
                        String.valueOf(expected), String.valueOf(given)));
    }

    private static String normalize(@Nullable String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
