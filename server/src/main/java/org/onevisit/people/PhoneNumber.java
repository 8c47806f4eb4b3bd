package org.onevisit.people;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;

/**
 * A mainland China mobile number: eleven digits, 1 then 3-9. Personal data: {@link #toString()} gives
 * the masked form {@code 138****1234}.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    public PhoneNumber {
        Optional<DomainException> problem = problem(value);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    /**
     * The number typed by a person (spaces, hyphens and a leading +86 are forgiven).
     *
     * @throws DomainException of kind INVALID with code {@code phone-invalid}
     */
    public static PhoneNumber parse(@Nullable String text) {
        return new PhoneNumber(normalize(text));
    }

    /** What is wrong with the typed number, if anything. */
    public static Optional<DomainException> problem(@Nullable String text) {
        return MOBILE.matcher(normalize(text)).matches() ? Optional.empty()
                : Optional.of(Invalid.because("phone-invalid", "A mobile number has 11 digits and starts with 13 to 19."));
    }

    /** The number as shown where it is not needed in full. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalize(@Nullable String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        return digits.startsWith("+86") ? digits.substring(3) : digits;
    }
}
