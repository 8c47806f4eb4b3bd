package org.onevisit.documents;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * A server whose document font is missing still answers: asking for a PDF is a 503 that names the missing file and
 * the setting {@code onevisit.documents.font}, on the API and on the page, so an operator knows what to do.
 */
@SpringBootTest(properties = "onevisit.documents.font=/nonexistent/fonts/missing.ttc")
@AutoConfigureMockMvc
class MissingFontTests {

    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");

    @Autowired
    MockMvc mvc;

    /** A case refused at the counter, whose refusal notice (不予受理通知书) can be printed. */
    private String aCase() throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel": "COUNTER", "item": "XK-SCJG-001", "applicant": {"kind": "NATURAL_PERSON",
                                 "idNumber": "%s", "name": "王五", "phone": "13912345678"}}""".formatted(TestIdentities.aResidentIdNumber())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String number = JsonPath.read(body, "$.number");
        mvc.perform(post("/api/v1/cases/{n}/refusal", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"不属于本中心受理范围\", \"remedies\": \"可申请行政复议\"}"))
                .andExpect(status().isOk());
        return number;
    }

    @Test
    void a_pdf_asked_of_the_api_is_a_503_problem_naming_the_font_and_the_setting() throws Exception {
        String number = aCase();

        mvc.perform(get("/api/v1/cases/{n}/documents/refusal", number).with(CLERK).header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("documents-font-missing"))
                .andExpect(jsonPath("$.setting").value("onevisit.documents.font"))
                .andExpect(jsonPath("$.detail").value(containsString("/nonexistent/fonts/missing.ttc")))
                .andExpect(jsonPath("$.detail").value(containsString("onevisit.documents.font")));
    }

    @Test
    void a_pdf_asked_of_the_page_is_the_error_page_naming_the_font_and_the_setting() throws Exception {
        String number = aCase();

        mvc.perform(get("/cases/{n}/documents/refusal.pdf", number).with(CLERK).accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("缺少中文字体文件 /nonexistent/fonts/missing.ttc")))
                .andExpect(content().string(containsString("onevisit.documents.font")))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
