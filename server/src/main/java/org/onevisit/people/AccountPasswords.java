package org.onevisit.people;

import java.util.Map;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holders change their own password, staff and applicants alike, giving the current one. A password an
 * administrator set (a new staff account, a reset, the configured first administrator) is known to two people, so
 * its holder must change it at the first login and can do nothing else until then: the login carries
 * {@link #CHANGE_REQUIRED}, pages lead to {@value #PAGE} and the API answers 403 except at {@value #API}.
 * The demo accounts, whose password is published anyway, are not asked.
 */
@Service
public class AccountPasswords {

    /** The page where a logged-in person changes the password. */
    public static final String PAGE = "/account/password";
    /** The API operation that changes the password of the caller. */
    public static final String API = "/api/v1/account/password";
    /** Held by a login whose password an administrator set and which must change it before anything else. */
    public static final GrantedAuthority CHANGE_REQUIRED = new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED");

    private final StaffMembers staff;
    private final Applicants applicants;
    private final PasswordEncoder passwords;

    AccountPasswords(StaffMembers staff, Applicants applicants, PasswordEncoder passwords) {
        this.staff = staff;
        this.applicants = applicants;
        this.passwords = passwords;
    }

    /** Whether this login must change its password before it may do anything else. */
    public static boolean changeRequired(Authentication login) {
        return login.getAuthorities().stream().anyMatch(a -> CHANGE_REQUIRED.getAuthority().equals(a.getAuthority()));
    }

    /**
     * Replaces the password of the person logged in under {@code principal}: the current password must be right, the
     * new one differ from it and pass the {@link PasswordPolicy}. Problems name the field: {@code currentPassword} or
     * {@code newPassword}.
     */
    @Transactional
    public void change(String principal, String current, String chosen) {
        var applicantId = ApplicantAccounts.accountId(principal);
        if (applicantId.isPresent()) {
            Applicants.Account account = applicants.find(applicantId.get()).orElseThrow(AccountPasswords::noAccount);
            check(account.passwordHash(), current, chosen,
                    PasswordPolicy.Holder.applicant(account.kind(), account.identifier(), account.phone()));
            applicants.updatePassword(account.id(), passwords.encode(chosen));
        } else {
            StaffMembers.Login login = staff.login(principal).orElseThrow(AccountPasswords::noAccount);
            check(login.passwordHash(), current, chosen, PasswordPolicy.Holder.staff(login.username()));
            staff.updatePassword(login.username(), passwords.encode(chosen), false);
        }
    }

    private void check(String hash, String current, String chosen, PasswordPolicy.Holder holder) {
        if (!passwords.matches(current, hash)) {
            throw new DomainException(Kind.INVALID, "password-current-wrong", "The current password is not right.",
                    Map.of("field", "currentPassword"));
        }
        if (chosen.equals(current)) {
            throw new DomainException(Kind.INVALID, "password-unchanged", "The new password is the current one.",
                    Map.of("field", "newPassword"));
        }
        PasswordPolicy.standard().check(chosen, holder, "newPassword");
    }

    private static DomainException noAccount() {
        return new DomainException(Kind.NOT_FOUND, "account-not-found", "The account no longer exists.");
    }
}
