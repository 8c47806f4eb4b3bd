package org.onevisit.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;

/**
 * An applicant's e-mail address: one {@code @}, a domain with a dot, no spaces, at most 254 characters (RFC 5321's
 * limit). Personal data: {@link #toString()} gives the masked form {@code z***@example.cn}.
 */
public record EmailAddress(String value) {

    static final int MAX_LENGTH = 254;

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@.]+");

    public EmailAddress {
        Optional<DomainException> problem = problem(value);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    /**
     * The address typed by a person, stripped, its domain in lower case.
     *
     * @throws DomainException of kind INVALID with code {@code email-invalid}
     */
    public static EmailAddress parse(@Nullable String text) {
        return new EmailAddress(normalize(text));
    }

    /** What is wrong with the typed address, if anything. */
    public static Optional<DomainException> problem(@Nullable String text) {
        String address = normalize(text);
        return address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches() ? Optional.empty()
                : Optional.of(Invalid.because("email-invalid", "An e-mail address looks like name@example.cn."));
    }

    /** The address as shown where it is not needed in full: its first character and its domain. */
    public String masked() {
        return masked(value);
    }

    /** {@code z***@example.cn} for any address. */
    public static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalize(@Nullable String text) {
        String address = text == null ? "" : text.strip();
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
    }
}
