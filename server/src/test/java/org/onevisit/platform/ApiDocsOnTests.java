package org.onevisit.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** With the API documentation on (the demo set-up), the pages link to it. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsOnTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_pages_link_to_the_api_docs_ui() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/api-docs/ui\"")));
        mvc.perform(get("/api-docs")).andExpect(status().isOk());
    }

    @Test
    void the_api_docs_describe_basic_and_the_apps_token_flow_with_pkce() throws Exception {
        mvc.perform(get("/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.components.securitySchemes.appToken.type").value("oauth2"))
                .andExpect(jsonPath("$.components.securitySchemes.appToken.flows.authorizationCode.authorizationUrl")
                        .value("/oauth2/authorize"))
                .andExpect(jsonPath("$.components.securitySchemes.appToken.flows.authorizationCode.tokenUrl")
                        .value("/oauth2/token"))
                .andExpect(jsonPath("$.components.securitySchemes.appToken.flows.authorizationCode.scopes.cases")
                        .exists())
                .andExpect(jsonPath("$.components.securitySchemes.appToken.description")
                        .value(containsString("PKCE")));
    }
}
