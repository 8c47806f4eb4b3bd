package org.onevisit.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A request of a method or a content type an API address does not take is a problem in the user's language, as a
 * client reads every other refusal, never the framework's own English or its bare error body.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnsupportedRequestsTests {

    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");

    @Autowired
    MockMvc mvc;

    @Test
    void an_upload_sent_without_multipart_is_a_415_problem_in_chinese() throws Exception {
        mvc.perform(post("/api/v1/cases/{n}/materials/M1/files", "330999-20261019-99999").with(CLERK)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unsupported-media-type"))
                .andExpect(jsonPath("$.detail").value("提交的内容格式不受支持。"));
    }

    @Test
    void a_method_the_address_does_not_take_is_a_405_problem() throws Exception {
        mvc.perform(delete("/api/v1/cases").with(CLERK).header("Accept-Language", "en"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("method-not-allowed"));
    }

    @Test
    void a_json_operation_sent_plain_text_is_refused_in_the_users_language() throws Exception {
        mvc.perform(post("/api/v1/cases").with(CLERK).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("提交的内容格式（text/plain")));
    }
}
