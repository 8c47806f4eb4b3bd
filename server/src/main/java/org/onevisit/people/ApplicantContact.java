package org.onevisit.people;

import org.jspecify.annotations.Nullable;

/**
 * How an applicant's account is reached beside its phone: its optional e-mail address and the language messages are
 * written to it in ({@code zh} or {@code en}). Personal data: {@link #toString()} masks the address.
 *
 * @param principal the account's login name, {@code applicant-…}
 */
public record ApplicantContact(String principal, @Nullable String email, String language) {

    /** The languages messages are written in; Chinese first, the default. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("zh", "en");

    @Override
    public String toString() {
        return "ApplicantContact[" + principal + ", " + (email == null ? "no e-mail" : EmailAddress.masked(email)) + ", "
                + language + "]";
    }
}
