package org.onevisit.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onevisit.platform.PersonalData;
import org.onevisit.platform.ReadOnly;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The one login of the centre. What a person types in the login field is, in this order: a staff
 * username; an applicant's resident ID number or credit code; an applicant's mobile number, if only one
 * account has it. Staff usernames are lower case and start with a letter, so they never collide with
 * the others.
 */
@Service
class LoginAccounts implements UserDetailsService {

    static final String APPLICANT_ROLE = "APPLICANT";
    private static final Pattern ID_NUMBER_SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern STAFF_USERNAME_SHAPE = Pattern.compile("[a-z][a-z0-9._-]{0,39}");

    private final StaffMembers staff;
    private final Applicants applicants;

    LoginAccounts(StaffMembers staff, Applicants applicants) {
        this.staff = staff;
        this.applicants = applicants;
    }

    @Override
    @ReadOnly
    public UserDetails loadUserByUsername(String login) {
        String typed = login.strip();
        return staff.login(typed.toLowerCase(Locale.ROOT)).map(LoginAccounts::staffUser)
                .or(() -> applicant(typed).map(LoginAccounts::applicantUser))
                .orElseThrow(() -> new UsernameNotFoundException("No account matches the login"));
    }

    /**
     * The account a login of record is named by ({@link java.security.Principal#getName()}: a staff username, or an
     * applicant's {@value ApplicantAccounts#PRINCIPAL_PREFIX}… name), as it stands now: a bearer token names its login
     * so, and is good only while the account is (see {@link BearerLogins}).
     */
    @ReadOnly
    Optional<UserDetails> byPrincipal(String principal) {
        if (principal.startsWith(ApplicantAccounts.PRINCIPAL_PREFIX)) {
            return ApplicantAccounts.accountId(principal).flatMap(applicants::find).map(LoginAccounts::applicantUser);
        }
        return staff.login(principal).filter(login -> login.username().equals(principal)).map(LoginAccounts::staffUser);
    }

    /** Whose attempts {@code login} counts as, for the login limits ({@link LoginAttempts}). */
    @ReadOnly
    LoginSubject subjectOf(String login) {
        String typed = login.strip();
        String shown = shown(typed);
        Optional<String> member = staff.login(typed.toLowerCase(Locale.ROOT)).map(StaffMembers.Login::username);
        if (member.isPresent()) {
            return new LoginSubject("staff:" + member.get(), member.get(), shown);
        }
        Optional<String> applicant = applicant(typed).map(Applicants.Account::principal);
        if (applicant.isPresent()) {
            return new LoginSubject(applicant.get(), applicant.get(), shown);
        }
        String standard = PhoneNumber.problem(typed).isEmpty() ? PhoneNumber.parse(typed).value()
                : typed.toUpperCase(Locale.ROOT);
        return new LoginSubject("?" + standard, shown, shown);
    }

    private static String shown(String typed) {
        String upper = typed.toUpperCase(Locale.ROOT);
        if (ID_NUMBER_SHAPE.matcher(upper).matches()) {
            return PersonalData.idNumber(upper);
        }
        if (PhoneNumber.problem(typed).isEmpty()) {
            return PhoneNumber.parse(typed).masked();
        }
        if (CreditCode.problem(upper).isEmpty()) {
            return upper;
        }
        return STAFF_USERNAME_SHAPE.matcher(typed.toLowerCase(Locale.ROOT)).matches() ? typed.toLowerCase(Locale.ROOT)
                : "****";
    }

    private Optional<Applicants.Account> applicant(String typed) {
        Optional<Applicants.Account> byIdentifier = applicants.byIdentifier(typed.toUpperCase(Locale.ROOT));
        if (byIdentifier.isPresent() || PhoneNumber.problem(typed).isPresent()) {
            return byIdentifier;
        }
        List<Applicants.Account> byPhone = applicants.byPhone(PhoneNumber.parse(typed).value());
        return byPhone.size() == 1 ? Optional.of(byPhone.get(0)) : Optional.empty();
    }

    /** A member of staff, marked when the password an administrator set is still to be changed. */
    private static UserDetails staffUser(StaffMembers.Login login) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        login.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        if (login.passwordChangeRequired()) {
            authorities.add(AccountPasswords.CHANGE_REQUIRED);
        }
        return User.withUsername(login.username()).password(login.passwordHash()).disabled(!login.enabled())
                .authorities(authorities).build();
    }

    private static UserDetails applicantUser(Applicants.Account account) {
        return User.withUsername(account.principal()).password(account.passwordHash()).disabled(!account.enabled())
                .roles(APPLICANT_ROLE).build();
    }
}
