package org.onevisit.people;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A bearer token signed with the centre's key is the login it names, as that account stands at each request: the
 * account's roles decide, not the token; an official whose password an administrator set is held to changing it, as
 * with HTTP Basic; a disabled official's token is refused at once; an expired token is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BearerLoginsTests {

    private static final String PASSWORD = "First-pass-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JWKSource<SecurityContext> signingKeys;

    @Autowired
    StaffAccounts staff;

    @Autowired
    AccountPasswords passwords;

    @Test
    void an_officials_token_acts_with_the_roles_of_the_account_now_and_stops_when_the_account_is_disabled()
            throws Exception {
        String username = anOfficial();
        String token = token(username, Instant.now().plusSeconds(600));

        mvc.perform(get("/api/v1/staff/{u}/delegations", username).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("password-change-required"));
        passwords.change(username, PASSWORD, "Own-choice-2");
        mvc.perform(get("/api/v1/staff/{u}/delegations", username).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/applicants/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());

        staff.disable(username, "admin");
        mvc.perform(get("/api/v1/staff/{u}/delegations", username).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.code").value("invalid-token"));
    }

    @Test
    void an_expired_token_is_refused_in_the_callers_language() throws Exception {
        String username = anOfficial();
        mvc.perform(get("/api/v1/me/cases").header("Authorization", "Bearer " + token(username,
                        Instant.now().minusSeconds(600))).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Invalid token"));
    }

    private String anOfficial() {
        String username = "bearer-" + ThreadLocalRandom.current().nextInt(1_000_000);
        staff.open(new NewStaffMember(username, "令牌测试", "SCJG", Set.of(StaffRole.REVIEWER), PASSWORD));
        return username;
    }

    private String token(String subject, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(subject).issuedAt(expiresAt.minusSeconds(900))
                .expiresAt(expiresAt).claim("scope", List.of("cases", "profile")).build();
        return new NimbusJwtEncoder(signingKeys).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }
}
