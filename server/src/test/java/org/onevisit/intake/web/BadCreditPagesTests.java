package org.onevisit.intake.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class BadCreditPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void an_administrator_lists_an_applicant_whose_id_number_then_shows_masked() throws Exception {
        String id = TestIdentities.aResidentIdNumber();

        mvc.perform(post("/admin/bad-credit").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("identifier", id).param("reason", "虚假承诺"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/bad-credit").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id.substring(0, 6) + "********" + id.substring(14))))
                .andExpect(content().string(not(containsString(id))));
    }

    @Test
    void a_mistyped_number_is_named_on_the_page_and_kept_in_the_form() throws Exception {
        mvc.perform(post("/admin/bad-credit").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("identifier", "110105194912310021").param("reason", "测试"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("110105194912310021")))
                .andExpect(content().string(containsString("notice")));
    }

    @Test
    void only_administrators_keep_the_list() throws Exception {
        mvc.perform(get("/admin/bad-credit").with(user("clerk").roles("CLERK"))).andExpect(status().isForbidden());
    }
}
