package org.onevisit.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** With the API documentation switched off, as in production, neither it nor a link to it is found. */
@SpringBootTest(properties = "onevisit.api-docs.enabled=false")
@AutoConfigureMockMvc
class ApiDocsOffTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_api_description_and_its_ui_answer_404() throws Exception {
        mvc.perform(get("/api-docs")).andExpect(status().isNotFound());
        mvc.perform(get("/api-docs/ui").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/api-docs/swagger-ui/index.html").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void the_pages_do_not_link_to_it() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/api-docs"))));
    }
}
