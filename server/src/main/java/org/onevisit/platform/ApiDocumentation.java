package org.onevisit.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The title and introduction of the OpenAPI description served at {@code /api-docs}, and how a caller signs in: HTTP
 * Basic, or an app's bearer token from the OAuth 2.1 authorization code flow with PKCE (docs/adr/0043).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String APP_TOKEN = "appToken";

    @Bean
    OpenAPI oneVisitApi() {
        return new OpenAPI().info(new Info()
                .title("OneVisit 一次办 API")
                .version("v1")
                .description("""
                        JSON API of the integrated government service centre: catalog (事项目录、办事指南、一件事), \
                        working-day calendar, applicants and staff. Reading the catalog and the calendar needs no login; \
                        changes need HTTP Basic, an app's bearer token (`Authorization: Bearer …`, OAuth 2.1: the \
                        authorization code with PKCE S256 at `/oauth2/authorize`, the token at `/oauth2/token`, the \
                        server's metadata at `/.well-known/oauth-authorization-server`; the public client of the \
                        city's app is `onevisit-app`), or a page session and the page's CSRF token in `X-CSRF-TOKEN`, \
                        with the right role. A token's scopes: `cases` for everything an applicant does, `profile` \
                        for the account, `offline_access` for a refresh token (used once, a new one each refresh). \
                        Errors are RFC 9457 problem \
                        details with a stable `code`, in the language of `Accept-Language` (Chinese by default).""")
                .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A staff username or an applicant's login (ID number, credit code, "
                                        + "mobile) and password; the login limits apply"))
                        .addSecuritySchemes(APP_TOKEN, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("OAuth 2.1 authorization code with PKCE (code_challenge_method S256, "
                                        + "required); public client onevisit-app, no secret; the token is a JWT "
                                        + "sent as a bearer token")
                                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                                        .authorizationUrl("/oauth2/authorize").tokenUrl("/oauth2/token")
                                        .refreshUrl("/oauth2/token")
                                        .scopes(new Scopes()
                                                .addString("cases", "Apply, upload, track, messages, ratings, complaints")
                                                .addString("profile", "Read the account (/api/v1/applicants/me)")
                                                .addString("offline_access", "A refresh token: stay signed in"))))))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(APP_TOKEN, java.util.List.of("cases")));
    }
}
