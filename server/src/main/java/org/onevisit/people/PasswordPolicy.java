package org.onevisit.people;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.onevisit.platform.DomainException;

/**
 * What a password must be, wherever one is set (密码策略): registration, an account opened or reset by an
 * administrator, the configured first administrator, a change by its holder. In the spirit of 等保 2.0 (口令复杂度)
 * and of the advice to refuse known passwords rather than impose rotations:
 * <ol>
 * <li>at least {@value #MIN_LENGTH} characters, and at most {@value #MAX_BYTES} bytes in UTF-8, because bcrypt reads
 * no further (a longer password would be cut short, or refused by the encoder);</li>
 * <li>not one of the {@link CommonPasswords} an attacker tries first;</li>
 * <li>not containing, forwards or backwards, what names its holder: the login, the ID number or credit code (and an
 * ID number's birth date and last six characters, the classic Chinese choices), the mobile number;</li>
 * <li>characters of at least {@value #KINDS_REQUIRED} of 4 kinds: lower-case letters, upper-case letters, digits and
 * anything else (a symbol, a space, a Chinese character).</li>
 * </ol>
 * The first rule broken is reported, so the message says what to change.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;
    static final int KINDS_REQUIRED = 3;
    /** Words shorter than this are not looked for inside a password: they turn up by chance. */
    private static final int SHORTEST_PERSONAL_WORD = 3;

    private static final PasswordPolicy STANDARD = new PasswordPolicy(CommonPasswords.shipped());

    private final CommonPasswords common;

    PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** The policy with the shipped list of common passwords. */
    static PasswordPolicy standard() {
        return STANDARD;
    }

    /** What names the holder of an account; a password must not contain any of it. */
    record Holder(List<String> words) {

        Holder {
            words = words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT))
                    .filter(w -> w.length() >= SHORTEST_PERSONAL_WORD).toList();
        }

        static Holder staff(String username) {
            return new Holder(List.of(username));
        }

        static Holder applicant(ApplicantKind kind, String identifier, String phone) {
            List<String> words = new ArrayList<>(List.of(identifier, phone));
            String id = identifier.strip();
            if (kind == ApplicantKind.NATURAL_PERSON && id.length() == 18) {
                words.add(id.substring(6, 14));
                words.add(id.substring(12));
            }
            return new Holder(words);
        }
    }

    /** The first rule the password breaks, if any, naming the field of the form or request that holds it. */
    Optional<DomainException> problem(String password, Holder holder, String field) {
        return problem(password, holder).map(e -> new DomainException(e.kind(), e.code(), e.getMessage(),
                Map.of("field", field), e.args()));
    }

    /** Throws the first rule the password breaks, naming the field of the form or request that holds it. */
    void check(String password, Holder holder, String field) {
        problem(password, holder, field).ifPresent(e -> {
            throw e;
        });
    }

    /** The first rule the password breaks, if any. */
    Optional<DomainException> problem(String password, Holder holder) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return refusal("password-too-short", "A password needs at least " + MIN_LENGTH + " characters.", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return refusal("password-too-long", "A password may have at most " + MAX_BYTES + " bytes.", MAX_BYTES);
        }
        if (common.contains(password)) {
            return refusal("password-too-common", "This is one of the most common passwords; choose another.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (holder.words().stream().anyMatch(w -> lower.contains(w) || lower.contains(reversed(w)))) {
            return refusal("password-personal",
                    "A password must not contain the login, ID number, credit code or phone number, nor them reversed.");
        }
        int kinds = kindsOfCharacter(password);
        if (kinds < KINDS_REQUIRED) {
            return refusal("password-too-simple", "A password needs characters of at least " + KINDS_REQUIRED
                    + " of 4 kinds (lower case, upper case, digits, symbols); this one has " + kinds + ".", kinds);
        }
        return Optional.empty();
    }

    private static int kindsOfCharacter(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static String reversed(String word) {
        return new StringBuilder(word).reverse().toString();
    }

    private static Optional<DomainException> refusal(String code, String message, Object... args) {
        return Optional.of(Invalid.because(code, message, args));
    }
}
