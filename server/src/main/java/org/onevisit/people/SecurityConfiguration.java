package org.onevisit.people;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.RequestRefusals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.IpAddressAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. The JSON API under {@code /api} answers 401 and 403 as problem details and takes
 * HTTP Basic or the page session (a change made with the session alone needs the page's CSRF token:
 * {@link SessionAuthenticatedChanges}); reading it needs no login, except a case's. Pages use the login form. A login
 * whose password an administrator set can only change it ({@link PasswordChangeGate}); an official whose account
 * was disabled is refused at their next request ({@link DisabledAccountGate}); every answer carries the
 * {@link SecurityHeaders}. Coarse role rules (administrator only, and so on) sit on the controllers as
 * {@code @PreAuthorize}; which department's or applicant's case a person may act on is decided by the modules'
 * policies, from the {@link Actor} of record. Staff and applicants share one login form; accounts come from
 * {@link LoginAccounts}, and every password check passes the login limits ({@link LimitedLogin}). Apps sign in with
 * OAuth 2.1 ({@link AppTokenServer}) and call the API with a bearer token ({@link BearerLogins}, {@link TokenScopes}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No Micrometer observation of each security filter and each authentication: with Actuator on the class path,
     * Spring Security would wrap every filter of every request in an observation of its own, a cost paid on every
     * request for traces no one reads. The requests' own latencies are still measured (http.server.requests).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The health probes a load balancer asks, open to anyone, without details (ADR 0053). */
    static final String[] PROBES = {"/actuator/health/liveness", "/actuator/health/readiness"};

    /**
     * Spring Boot Actuator (ADR 0053): the liveness and readiness probes are open to anyone and show no details; the
     * rest — the Prometheus metrics, the health with its details — only to the monitoring system's account (role
     * {@code MONITOR}, HTTP Basic, no session kept) or from the networks of {@code onevisit.monitoring.networks}
     * (addresses or CIDR blocks, by default the loopback only). A refusal is problem details, like the API's.
     */
    @Bean
    @Order(0)
    SecurityFilterChain monitoring(HttpSecurity http, MessageSource messages, JsonMapper json, LocaleResolver locales,
            StaffMembers staff, KnownOfficials known,
            @Value("${onevisit.monitoring.networks:127.0.0.1/32,::1/128}") List<String> networks) throws Exception {
        // no session and no cookie logs in here, and nothing here changes state: no CSRF token to ask for (a POST is
        // answered 405, not refused as a forgery)
        http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders::configure);
        basicLogins(http, messages, json, locales, staff, known, MONITORING_REALM);
        http.exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + MONITORING_REALM + "\"");
                            problem(request, response, json, messages, locales, HttpStatus.UNAUTHORIZED, "unauthenticated");
                        })
                        .accessDeniedHandler((request, response, e) -> problem(request, response, json, messages,
                                locales, HttpStatus.FORBIDDEN, "forbidden")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, PROBES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PROBES).permitAll()
                        .anyRequest().access(monitors(networks)));
        return http.build();
    }

    /** The monitoring system's account, or any address in one of the networks. */
    @SuppressWarnings("unchecked")
    static AuthorizationManager<RequestAuthorizationContext> monitors(List<String> networks) {
        List<AuthorizationManager<RequestAuthorizationContext>> any = new java.util.ArrayList<>();
        any.add(AuthorityAuthorizationManager.hasRole(StaffRole.MONITOR.name()));
        networks.stream().map(String::strip).filter(n -> !n.isEmpty())
                .forEach(n -> any.add(IpAddressAuthorizationManager.hasIpAddress(n)));
        return AuthorizationManagers.anyOf(any.toArray(AuthorizationManager[]::new));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, JsonMapper json, LocaleResolver locales,
            StaffMembers staff, KnownOfficials known, LoginAccounts accounts) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new SessionAuthenticatedChanges()))
                .headers(SecurityHeaders::configure);
        basicLogins(http, messages, json, locales, staff, known, null);
        // an app's bearer token (AppTokenServer), beside HTTP Basic: the same login, its scopes checked
        http.oauth2ResourceServer(tokens -> tokens.jwt(jwt -> jwt.jwtAuthenticationConverter(new BearerLogins(accounts)))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                            problem(request, response, json, messages, locales, HttpStatus.UNAUTHORIZED, "invalid-token");
                        }))
                .addFilterBefore(new TokenScopes((request, response) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
                    problem(request, response, json, messages, locales, HttpStatus.FORBIDDEN, "insufficient-scope");
                }), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problem(request, response, json, messages, locales, HttpStatus.UNAUTHORIZED, "unauthenticated"))
                        .accessDeniedHandler((request, response, e) -> problem(request, response, json, messages,
                                locales, HttpStatus.FORBIDDEN, e instanceof CsrfException ? "csrf-token-missing" : "forbidden")))
                .authorizeHttpRequests(auth -> auth
                        // a case and its documents need a login (the public status is /api/v1/public/cases)
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/applicants").permitAll()
                        // Anyone may check a certificate by its full content: a bank or department verifying what a
                        // citizen shows. Carriers post shipment updates, authenticated by their HMAC signature.
                        .requestMatchers(HttpMethod.POST, "/api/v1/certificates/verification").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/delivery/callbacks/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, StaffMembers staff, KnownOfficials known,
            AppRedirectsPolicy appRedirects) throws Exception {
        http.addFilterBefore(appRedirects.onSignInPages(), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login").successHandler(new LandingPages()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(SecurityHeaders::configure)
                .addFilterBefore(new DisabledAccountGate(staff, known), AuthorizationFilter.class)
                .addFilterBefore(new PasswordChangeGate((request, response) ->
                        response.sendRedirect(request.getContextPath() + AccountPasswords.PAGE)), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/portal/**").hasRole("APPLICANT")
                        .requestMatchers(AppTokenServer.CONSENT_PAGE).authenticated()
                        .requestMatchers("/staff/**").hasAnyRole("CLERK", "CHIEF_REPRESENTATIVE", "REVIEWER",
                                "COORDINATOR", "SUPERVISOR", "DEPARTMENT_HEAD", "ADMIN")
                        .anyRequest().permitAll());
        return http.build();
    }

    /**
     * An address the firewall refuses before any filter or page sees it (an empty path segment, "..", an encoded
     * slash, a semicolon): under {@code /api} a problem, elsewhere the error page, in the caller's language.
     */
    @Bean
    RequestRejectedHandler rejectedAddresses(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        return (request, response, rejected) -> {
            if (RequestRefusals.machineAddress(request.getRequestURI())) {
                problem(request, response, json, messages, locales, HttpStatus.BAD_REQUEST, "rejected-address");
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }

    /** A refusal as problem details, in the caller's language (the filters run before Spring MVC sets it). */
    /** The realm the monitoring system is asked to log in to. */
    private static final String MONITORING_REALM = "OneVisit monitoring";

    /**
     * HTTP Basic with the staff's gates (a disabled account is refused, a password to change must be changed first),
     * every refusal as problem details; {@code realm}, when given, is named in {@code WWW-Authenticate} of a missing
     * login. The API's and the monitoring's chains log in alike.
     */
    private static void basicLogins(HttpSecurity http, MessageSource messages, JsonMapper json, LocaleResolver locales,
            StaffMembers staff, KnownOfficials known, @Nullable String realm) throws Exception {
        http.addFilterBefore(new DisabledAccountGate(staff, known), AuthorizationFilter.class)
                .addFilterBefore(new PasswordChangeGate((request, response) -> problem(request, response, json, messages,
                        locales, HttpStatus.FORBIDDEN, "password-change-required")), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LoginRefused refused) {
                        LoginRefusedProblem.write(request, response, json, messages, locales, refused);
                    } else {
                        if (realm != null) {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
                        }
                        problem(request, response, json, messages, locales, HttpStatus.UNAUTHORIZED, "unauthenticated");
                    }
                }));
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, JsonMapper json,
            MessageSource messages, LocaleResolver locales, HttpStatus status, String code) throws IOException {
        var locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("error." + code, null, status.getReasonPhrase(), locale));
        problem.setTitle(messages.getMessage("title." + code, null, status.getReasonPhrase(), locale));
        problem.setType(URI.create("https://onevisit.org/problems/" + code));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
