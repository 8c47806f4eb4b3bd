package org.onevisit.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A bearer token on the API, whose signature and lifetime were checked, as the login it names: the same name, so the
 * same {@link Actor}, and the roles of the account as it stands now (not as they were when the token was issued), with
 * the token's scopes beside them ({@code SCOPE_cases} …, see {@link TokenScopes}). A token of an account that is
 * disabled or gone is refused like a bad token; one whose password an administrator set is held by the
 * {@link PasswordChangeGate} like a Basic login.
 */
final class BearerLogins implements Converter<Jwt, AbstractAuthenticationToken> {

    private final LoginAccounts accounts;

    BearerLogins(LoginAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        UserDetails account = accounts.byPrincipal(token.getSubject()).filter(UserDetails::isEnabled)
                .orElseThrow(() -> new InvalidBearerTokenException("The account of the token is disabled or gone"));
        List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
        scopes(token).forEach(scope -> authorities.add(new SimpleGrantedAuthority(TokenScopes.AUTHORITY + scope)));
        return new JwtAuthenticationToken(token, authorities, account.getUsername());
    }

    private static Collection<String> scopes(Jwt token) {
        List<String> listed = token.getClaimAsStringList("scope");
        return listed == null ? List.of() : listed;
    }
}
