package org.onevisit.people;

import java.time.Instant;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Refresh tokens for the apps, public clients among them, when the person let the app stay signed in (the scope
 * {@value #OFFLINE_ACCESS}). Spring Authorization Server's own generator gives none to a public client, as OAuth 2.0's
 * security advice once had it; OAuth 2.1 (section 4.3.1) allows them if each is bound to its client or used once. Ours
 * are used once: the client registration sets {@code reuse-refresh-tokens: false}, so every refresh replaces the
 * token in the authorization's row and the old one no longer finds it. A refresh token is 96 random bytes, opaque.
 * <p>
 * Its times are the machine's, not the centre's {@code Clock}: Spring Authorization Server checks every token's expiry
 * against the machine's time, and a token is a credential of the real world, not a deadline of a case.
 */
final class RotatedRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

    static final String OFFLINE_ACCESS = "offline_access";

    private final StringKeyGenerator values = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

    @Override
    public @Nullable OAuth2RefreshToken generate(OAuth2TokenContext context) {
        if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
                || !context.getAuthorizedScopes().contains(OFFLINE_ACCESS)) {
            return null;
        }
        Instant issuedAt = Instant.now();
        return new OAuth2RefreshToken(values.generateKey(), issuedAt,
                issuedAt.plus(context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive()));
    }
}
