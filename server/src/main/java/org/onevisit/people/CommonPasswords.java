package org.onevisit.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords too common to keep anyone out: the top of the published lists of leaked passwords, Chinese users'
 * favourites (拼音, 5201314, qq123456), keyboard walks, runs of digits and years. Compared in lower case, so
 * {@code Password1} is as common as {@code password1}.
 */
final class CommonPasswords {

    /** The list shipped with OneVisit, one password a line, {@code #} starting a comment. */
    static final String SHIPPED = "people/common-passwords.txt";

    private final Set<String> passwords;

    CommonPasswords(Collection<String> passwords) {
        this.passwords = new HashSet<>();
        passwords.forEach(p -> this.passwords.add(p.toLowerCase(Locale.ROOT)));
    }

    static CommonPasswords shipped() {
        try (InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + SHIPPED + " is missing");
            }
            Set<String> read = new HashSet<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(read::add);
            }
            return new CommonPasswords(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String password) {
        return passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }
}
