package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

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

/** A case handed in through the API with the answers of its item's one form (ADR 0026). */
@SpringBootTest
@AutoConfigureMockMvc
class FormAnswersApiTests {

    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");
    private static final String ITEM = "XK-TFRM-001";

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogEditing catalog;

    @BeforeEach
    void the_item_asks_a_name_a_capital_and_a_type() {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TFRM", 9661) + "items:\n"
                + TestCatalogs.item(ITEM, "表单测试许可", "ADMINISTRATIVE_LICENCE", "TFRM", 20, 10) + """
                    formFields:
                      - {key: companyName, label: 企业名称, labelEn: Company name, type: TEXT, required: true, maxLength: 50}
                      - {key: registeredCapital, label: 注册资本（万元）, labelEn: Registered capital, type: NUMBER, min: 0}
                      - key: companyType
                        label: 企业类型
                        labelEn: Type of company
                        type: CHOICE
                        options: [{name: 有限责任公司, nameEn: Limited liability company}, {name: 合伙企业, nameEn: Partnership}]
                """;
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
    }

    private ResultActions submit(String key, String language, String form) throws Exception {
        return mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", key)
                .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "COUNTER", "item": "%s",
                         "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "王五", "phone": "13912345678"},
                         "form": %s}""".formatted(ITEM, TestIdentities.aResidentIdNumber(), form)));
    }

    @Test
    void a_client_asks_the_fields_and_the_case_keeps_the_answers_with_their_labels() throws Exception {
        mvc.perform(get("/api/v1/intake/form-fields").param("item", ITEM)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value("companyName"))
                .andExpect(jsonPath("$[0].required").value(true))
                .andExpect(jsonPath("$[2].options[1].nameEn").value("Partnership"));

        String key = UUID.randomUUID().toString();
        String created = submit(key, "zh-CN", """
                {"companyName": " 示例新创科技有限公司 ", "companyType": "合伙企业"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.form[0].key").value("companyName"))
                .andExpect(jsonPath("$.form[0].label").value("企业名称"))
                .andExpect(jsonPath("$.form[0].labelEn").value("Company name"))
                .andExpect(jsonPath("$.form[0].value").value("示例新创科技有限公司"))
                .andExpect(jsonPath("$.form[1].key").value("companyType"))
                .andExpect(jsonPath("$.form[1].type").value("CHOICE"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String number = JsonPath.read(created, "$.number");

        mvc.perform(get("/api/v1/cases/" + number).with(CLERK)).andExpect(status().isOk())
                .andExpect(jsonPath("$.form[1].value").value("合伙企业"));
        mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel": "COUNTER", "item": "%s",
                                 "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "王五", "phone": "13912345678"},
                                 "form": {"companyName": "示例新创科技有限公司", "companyType": "合伙企业"}}"""
                                .formatted(ITEM, TestIdentities.aResidentIdNumber())))
                .andExpect(status().isConflict());
    }

    @Test
    void a_retry_of_the_same_submission_finds_the_same_case() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"channel": "COUNTER", "item": "%s",
                 "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "赵六", "phone": "13712345678"},
                 "form": {"companyName": "示例重试有限公司", "registeredCapital": "30"}}"""
                .formatted(ITEM, TestIdentities.aResidentIdNumber());
        String first = JsonPath.read(mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.number");
        String second = JsonPath.read(mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.form[1].value").value("30"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.number");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_wrong_answer_is_a_problem_naming_the_field_in_the_users_language_and_nothing_is_stored() throws Exception {
        submit(UUID.randomUUID().toString(), "zh-CN", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("intake-form-field-required"))
                .andExpect(jsonPath("$.field").value("form.companyName"))
                .andExpect(jsonPath("$.detail").value("请填写“企业名称”。"));
        submit(UUID.randomUUID().toString(), "en", """
                {"companyName": "示例", "registeredCapital": "-5"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("intake-form-field-below-min"))
                .andExpect(jsonPath("$.detail").value("\"Registered capital\" may not be less than 0."));
        submit(UUID.randomUUID().toString(), "en", """
                {"companyName": "示例", "companyType": "LLC"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "\"Type of company\" takes one of: Limited liability company, Partnership."));
        submit(UUID.randomUUID().toString(), "zh-CN", """
                {"companyName": "示例", "favouriteColour": "红"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("intake-form-field-unknown"))
                .andExpect(jsonPath("$.detail").value("申请表中没有字段“favouriteColour”。"));
    }
}
