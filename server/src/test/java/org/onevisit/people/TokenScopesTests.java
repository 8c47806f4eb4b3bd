package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which scope of an app's token each part of the API needs. */
class TokenScopesTests {

    @Test
    void reading_the_account_needs_the_profile_scope() {
        assertThat(TokenScopes.needed("/api/v1/applicants/me")).isEqualTo(TokenScopes.PROFILE);
    }

    @Test
    void everything_else_an_applicant_does_needs_the_cases_scope() {
        assertThat(TokenScopes.needed("/api/v1/cases")).isEqualTo(TokenScopes.CASES);
        assertThat(TokenScopes.needed("/api/v1/me/messages")).isEqualTo(TokenScopes.CASES);
        assertThat(TokenScopes.needed("/api/v1/applicants/me/other")).isEqualTo(TokenScopes.CASES);
    }
}
