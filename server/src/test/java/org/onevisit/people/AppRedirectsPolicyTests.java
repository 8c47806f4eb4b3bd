package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the login and consent forms may lead: the centre, and the registered apps' redirect origins only. */
class AppRedirectsPolicyTests {

    @Test
    void an_apps_own_scheme_the_loopback_on_any_port_and_an_https_origin_are_allowed() {
        assertThat(AppRedirectsPolicy.source(URI.create("onevisit://callback"))).isEqualTo("onevisit:");
        assertThat(AppRedirectsPolicy.source(URI.create("http://127.0.0.1:8765/callback"))).isEqualTo("http://127.0.0.1:*");
        assertThat(AppRedirectsPolicy.source(URI.create("https://app.example.org/cb"))).isEqualTo("https://app.example.org");
        assertThat(AppRedirectsPolicy.source(URI.create("https://app.example.org:8443/cb")))
                .isEqualTo("https://app.example.org:8443");
    }

    @Test
    void the_policy_is_the_pages_policy_with_the_redirect_origins_as_form_targets() {
        String policy = new AppRedirectsPolicy(List.of("onevisit://callback", "http://127.0.0.1:8765/callback")).policy();
        assertThat(policy).endsWith("form-action 'self' http://127.0.0.1:* onevisit:")
                .startsWith(SecurityHeaders.PAGES.replace("form-action 'self'", ""));
        assertThat(new AppRedirectsPolicy(List.of()).policy()).isEqualTo(SecurityHeaders.PAGES);
    }
}
