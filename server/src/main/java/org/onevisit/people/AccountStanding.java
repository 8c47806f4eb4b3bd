package org.onevisit.people;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * No access token for an account that is disabled or gone: checked against the account of record each time one is
 * issued, at the code's exchange and at every refresh, so that a disabled account's refresh token yields nothing
 * ({@code invalid_grant}). The tokens already issued are refused by the API itself ({@link BearerLogins}).
 */
final class AccountStanding implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final LoginAccounts accounts;

    AccountStanding(LoginAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String principal = context.getPrincipal().getName();
        if (accounts.byPrincipal(principal).filter(UserDetails::isEnabled).isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                    "The account is disabled", null));
        }
    }
}
