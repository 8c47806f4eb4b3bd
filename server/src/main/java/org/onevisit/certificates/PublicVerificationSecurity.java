package org.onevisit.certificates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Verifying a certificate by its full content is a POST that anyone may make, like reading the API: a bank or a
 * department checks a certificate a citizen shows it without an account here. Nothing is changed by it.
 */
@Configuration(proxyBeanMethods = false)
class PublicVerificationSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain certificateVerification(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/api/v1/certificates/verification"))
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
