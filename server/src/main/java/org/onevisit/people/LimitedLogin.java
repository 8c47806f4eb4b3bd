package org.onevisit.people;

import org.onevisit.platform.ClientAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password check of every login — the login form and HTTP Basic on the API alike — inside the login limits
 * ({@link LoginAttempts}): a login the limits refuse is answered {@link LoginRefused} before its password is checked,
 * or after, if they struck while it was checked; a wrong password is counted. Being the one authentication provider,
 * it stands where Spring Security would otherwise put its own password check over {@link LoginAccounts}.
 */
@Component
class LimitedLogin implements AuthenticationProvider {

    private final LoginAccounts accounts;
    private final LoginAttempts attempts;
    private final DaoAuthenticationProvider passwords;

    LimitedLogin(LoginAccounts accounts, LoginAttempts attempts, PasswordEncoder encoder,
            ObjectProvider<CompromisedPasswordChecker> compromisedPasswords) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        compromisedPasswords.ifAvailable(this.passwords::setCompromisedPasswordChecker);
    }

    @Override
    public Authentication authenticate(Authentication login) {
        LoginSubject who = accounts.subjectOf(login.getName());
        ClientAddress from = ClientAddress.of(login.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "");
        attempts.admit(who, from);
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(login);
        } catch (BadCredentialsException wrong) {
            attempts.failed(who, from);
            throw wrong;
        }
        attempts.succeeded(who, from);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
