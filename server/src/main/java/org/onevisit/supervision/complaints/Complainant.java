package org.onevisit.supervision.complaints;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalData;

/**
 * Who complains: an applicant's portal account, a person who gives their name and phone (实名), or someone who stays
 * anonymous (匿名), whose phone, if given, is only for the hotline's call back. Real-name complainants are told the
 * decision and the result in writing (REFERENCE §6); an anonymous one is told nothing.
 *
 * @param account the portal account, for {@link Kind#ACCOUNT}
 * @param name the name a real-name complainant gave (an account's comes from the account)
 * @param phone the phone given, full; shown masked
 */
public record Complainant(Kind kind, @Nullable String account, @Nullable String name, @Nullable String phone) {

    /** How the complainant is known. */
    public enum Kind {
        /** 网上实名: the applicant logged in to their account. */
        ACCOUNT,
        /** 实名: name and phone given. */
        NAMED,
        /** 匿名. */
        ANONYMOUS
    }

    public Complainant {
        switch (kind) {
            case ACCOUNT -> {
                if (account == null || name != null || phone != null) {
                    throw new IllegalArgumentException("An account's complaint names the account alone");
                }
            }
            case NAMED -> {
                if (account != null || name == null || name.isBlank() || phone == null || phone.isBlank()) {
                    throw new IllegalArgumentException("A real-name complaint has a name and a phone");
                }
            }
            case ANONYMOUS -> {
                if (account != null || name != null) {
                    throw new IllegalArgumentException("An anonymous complaint has no name");
                }
            }
        }
    }

    public static Complainant account(String account) {
        return new Complainant(Kind.ACCOUNT, account, null, null);
    }

    public static Complainant named(String name, String phone) {
        return new Complainant(Kind.NAMED, null, name.strip(), phone.strip());
    }

    public static Complainant anonymous(@Nullable String phone) {
        return new Complainant(Kind.ANONYMOUS, null, null, phone == null || phone.isBlank() ? null : phone.strip());
    }

    /** Whether they gave who they are, and so are told the decision and the result in writing. */
    public boolean realName() {
        return kind != Kind.ANONYMOUS;
    }

    /** The phone as pages show it. */
    public @Nullable String maskedPhone() {
        return phone == null ? null : PersonalData.phone(phone);
    }
}
