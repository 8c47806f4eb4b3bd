package org.onevisit.people;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import org.onevisit.platform.KeyFolder;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The token login of apps (OAuth 2.1 with Spring Authorization Server, docs/adr/0043): the authorization code with
 * PKCE, through the one login form ({@link LimitedLogin}'s limits apply) and a consent page; refresh tokens for the
 * scope {@code offline_access}, a new one at every refresh ({@link RotatedRefreshTokens}, {@link PublicClientRefresh});
 * its metadata at {@code /.well-known/oauth-authorization-server}. The clients are configuration
 * ({@code spring.security.oauth2.authorizationserver.client.*}); authorizations and consents are rows, so that every
 * node knows them; the tokens are JWTs signed with the centre's key {@value #SIGNING_KEY} in the {@link KeyFolder},
 * which every node shares and a restart keeps. The API takes them beside HTTP Basic ({@link BearerLogins}).
 */
@Configuration(proxyBeanMethods = false)
class AppTokenServer {

    /** The page where a person lets an app act for them. */
    static final String CONSENT_PAGE = "/oauth2/consent";
    static final String SIGNING_KEY = "oauth-token-signing";

    @Bean
    @Order(0)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients,
            OAuth2AuthorizationService authorizations, JWKSource<SecurityContext> signingKeys, LoginAccounts accounts,
            StaffMembers staff, KnownOfficials known) throws Exception {
        JwtGenerator accessTokens = new JwtGenerator(new NimbusJwtEncoder(signingKeys));
        accessTokens.setJwtCustomizer(new AccountStanding(accounts));
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.authorizationService(authorizations)
                    .tokenGenerator(new DelegatingOAuth2TokenGenerator(accessTokens, new RotatedRefreshTokens()))
                    .authorizationEndpoint(endpoint -> endpoint.consentPage(CONSENT_PAGE))
                    .clientAuthentication(client -> client.authenticationConverter(new PublicClientRefresh.Request())
                            .authenticationProvider(new PublicClientRefresh.Check(clients)));
        })
                .headers(SecurityHeaders::configure)
                .addFilterBefore(new DisabledAccountGate(staff, known), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // the authorization endpoint asks for the login by the centre's one login form
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    /** The pages' policy on the login and consent pages, whose forms may end at a registered app's address. */
    @Bean
    AppRedirectsPolicy appRedirectsPolicy(OAuth2AuthorizationServerProperties server) {
        return new AppRedirectsPolicy(server.getClient().values().stream()
                .flatMap(client -> client.getRegistration().getRedirectUris().stream()).toList());
    }

    @Bean
    OAuth2AuthorizationService appAuthorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService appConsents(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    /** The key that signs the tokens, also published at the JWK set endpoint ({@code /oauth2/jwks}). */
    @Bean
    JWKSource<SecurityContext> appTokenSigningKeys(KeyFolder keys) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey(keys)));
    }

    /** Checks the signature of the tokens the API is given (their lifetime too, by default). */
    @Bean
    JwtDecoder appTokenDecoder(KeyFolder keys) {
        try {
            return NimbusJwtDecoder.withPublicKey(signingKey(keys).toRSAPublicKey()).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("The token signing key has no RSA public key", e);
        }
    }

    /** The centre's RSA key that signs the tokens, named by its thumbprint (RFC 7638). */
    private static RSAKey signingKey(KeyFolder keys) {
        KeyPair pair = keys.keyPair(SIGNING_KEY, "RSA");
        try {
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("The token signing key " + SIGNING_KEY + " cannot be named", e);
        }
    }
}
