package org.onevisit.intake.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * What a submission, the counter's answers and the applicant's withdrawal may carry: every text bounded, every map
 * without nulls, the application form within the centre's limits. Too much is a 400 naming the field (413 for a body
 * over the limit) on the API and a message on the page, and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeLimitsTests {

    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");
    private static final String ITEM = "XK-TLIM-001";
    private static final String MEGABYTE_OF_TEXT = "理".repeat(340_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogEditing catalog;

    @BeforeEach
    void the_test_item_is_in_the_catalog() {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TLIM", 9311) + "items:\n"
                + TestCatalogs.item(ITEM, "限额测试事项", "ADMINISTRATIVE_LICENCE", "TLIM", 20, 10)
                + "    formFields:\n      - {key: scope, label: 经营范围, type: LONG_TEXT}\n";
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
    }

    private ResultActions submit(String extra) throws Exception {
        return mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "COUNTER", "item": "%s",
                         "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "王五", "phone": "13912345678"}
                         %s}""".formatted(ITEM, TestIdentities.aResidentIdNumber(), extra)));
    }

    private String received() throws Exception {
        return JsonPath.read(submit(", \"materials\": {\"M1\": \"PROVIDED\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.number");
    }

    @Test
    void a_ten_megabyte_form_value_is_refused_with_413_and_the_workbench_still_answers() throws Exception {
        submit(", \"form\": {\"business\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("body-too-large"));

        mvc.perform(get("/staff/counter").with(CLERK)).andExpect(status().isOk());
    }

    @Test
    void null_values_in_the_form_or_the_materials_are_a_400_naming_them() throws Exception {
        submit(", \"form\": {\"business\": null}, \"materials\": {\"M1\": null}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("form[business]")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("materials[M1]")));
    }

    @Test
    void a_form_beyond_the_centres_limits_is_a_400_saying_the_limit() throws Exception {
        String tooMany = IntStream.rangeClosed(1, 201).mapToObj(i -> "\"f" + i + "\": \"x\"")
                .collect(Collectors.joining(", ", "{", "}"));

        submit(", \"form\": " + tooMany)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("申请表最多 200 个字段")));
        submit(", \"form\": {\"scope\": \"" + "经".repeat(2001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("申请表字段“scope”的内容最多 2000 个字符")));
        submit(", \"form\": {\"scope\": \"" + "经".repeat(2000) + "\"}").andExpect(status().isCreated());
    }

    @Test
    void a_control_character_in_a_text_is_a_400_naming_the_field() throws Exception {
        submit(", \"form\": {\"scope\": \"a\\u0000b\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("form.scope"));
    }

    @Test
    void a_megabyte_of_pre_check_note_or_remark_or_withdrawal_reason_is_a_400_on_the_api() throws Exception {
        String number = JsonPath.read(submit(", \"materials\": {\"M1\": \"PROVIDED\"}, \"preCheck\": true")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$.number");

        mvc.perform(post("/api/v1/cases/{n}/pre-check", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"" + MEGABYTE_OF_TEXT + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post("/api/v1/cases/{n}/pre-check", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"remarks\": {\"M1\": \"" + MEGABYTE_OF_TEXT + "\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("remarks[M1]"));
        mvc.perform(post("/api/v1/cases/{n}/withdrawal", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"" + MEGABYTE_OF_TEXT + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/cases/{n}", number).with(CLERK)).andExpect(jsonPath("$.status").value("PRE_CHECK"))
                .andExpect(jsonPath("$.preCheckNote").value(""));
    }

    @Test
    void a_megabyte_of_refusal_reason_on_the_workbench_is_a_message_on_the_case_page() throws Exception {
        String number = received();

        mvc.perform(post("/staff/counter/cases/{n}/refuse", number).with(CLERK).with(csrf())
                        .param("reason", MEGABYTE_OF_TEXT).param("remedies", "可申请行政复议"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("字段“reason”最多 4000 个字符")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(not(containsString("请求有误"))));
        mvc.perform(get("/api/v1/cases/{n}", number).with(CLERK)).andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void a_300_character_case_number_is_a_400_not_a_server_error() throws Exception {
        String number = "3".repeat(300);

        mvc.perform(post("/api/v1/cases/{n}/consultations", number).with(user("scjg-chief").roles("CHIEF_REPRESENTATIVE"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"q\", \"replyBy\": \"2026-10-30\", \"departments\": [\"BDC\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("number"));
        mvc.perform(get("/api/v1/cases/{n}", number).with(CLERK))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_megabyte_of_on_the_spot_reasons_is_a_400_naming_the_field() throws Exception {
        mvc.perform(post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", "330999-20261019-00001", "XK-SCJG-001")
                        .with(user("scjg-chief").roles("CHIEF_REPRESENTATIVE")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reasons\": \"" + MEGABYTE_OF_TEXT + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"));
    }
}
