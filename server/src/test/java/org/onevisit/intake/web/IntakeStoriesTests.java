package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.BadCreditList;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** One story per answer of the counter, told through the API a counter system or the mobile app uses. */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeStoriesTests {

    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");
    /** The test item: M1 申请表 is required, M2 授权委托书 may be supplied later (容缺后补). */
    private static final String ITEM = "XK-TINT-001";

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    BadCreditList badCredit;

    @BeforeEach
    void the_test_item_is_in_the_catalog() {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TINT", 9301) + "items:\n"
                + TestCatalogs.item(ITEM, "测试受理事项", "ADMINISTRATIVE_LICENCE", "TINT", 20, 10);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
    }

    private ResultActions submit(String idNumber, String materials) throws Exception {
        return mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "COUNTER", "item": "%s",
                         "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "王五", "phone": "13912345678"},
                         "materials": %s}""".formatted(ITEM, idNumber, materials)));
    }

    private static String number(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.number");
    }

    @Test
    void a_complete_case_is_accepted_with_its_deadlines_in_one_visit() throws Exception {
        String number = number(submit(TestIdentities.aResidentIdNumber(), "{\"M1\": \"PROVIDED\", \"M2\": \"PROVIDED\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.applicant.identifier").value(org.hamcrest.Matchers.containsString("********"))));

        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.deadlines.promised").exists())
                .andExpect(jsonPath("$.deadlines.legal").exists())
                .andExpect(jsonPath("$.visitCount").value(1));

        byte[] receipt = mvc.perform(get("/api/v1/cases/{n}/documents/receipt", number).with(CLERK))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(receipt)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("受理通知书").contains(number).contains("测试受理事项").contains("决定予以受理");
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/receipt.pdf"), receipt);

        mvc.perform(get("/api/v1/audit/records").param("subject", "case").param("subjectId", number)
                        .with(user("sv").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("receive", "accept")))
                .andExpect(jsonPath("$[0].after.applicant").value(org.hamcrest.Matchers.containsString("********")));
    }

    @Test
    void a_case_missing_a_required_material_is_told_everything_once_and_accepted_after_the_supplement() throws Exception {
        String number = number(submit(TestIdentities.aResidentIdNumber(), "{\"M2\": \"PROVIDED\"}"));

        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(CLERK))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("intake-materials-missing"));
        mvc.perform(post("/api/v1/cases/{n}/deficiency-notice", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"deficiencies\": [{\"material\": \"M1\", \"problem\": \"未提交申请表\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_SUPPLEMENT"))
                .andExpect(jsonPath("$.deficiencies[0].materialName").value("申请表"));

        MockMultipartFile pdf = new MockMultipartFile("file", "申请表.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/api/v1/cases/{n}/materials/M1/files", number).file(pdf).with(CLERK))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.completeOn").exists());
        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(CLERK))
                .andExpect(jsonPath("$.status").value("ACCEPTED"));

        // the case names its materials with the links of their files, which open inline or download
        String href = com.jayway.jsonpath.JsonPath.<List<String>>read(mvc.perform(get("/api/v1/cases/{n}", number).with(CLERK))
                .andExpect(jsonPath("$.materials[0].name").value("申请表"))
                .andReturn().getResponse().getContentAsString(), "$.materials[?(@.key == 'M1')].fileLinks[0].href").get(0);
        org.assertj.core.api.Assertions.assertThat(href).startsWith("/api/v1/cases/" + number + "/materials/M1/files/");
        mvc.perform(get(href).with(CLERK))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", "application/pdf"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.startsWith("%PDF-1.4")));
        mvc.perform(get(href).param("download", "true").with(CLERK))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get(href.replace("/M1/", "/M2/")).with(CLERK))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("intake-file-not-found"));
    }

    @Test
    void a_case_missing_only_a_material_that_may_come_later_is_accepted_on_a_pledge() throws Exception {
        String number = number(submit(TestIdentities.aResidentIdNumber(), "{\"M1\": \"PROVIDED\"}"));

        mvc.perform(post("/api/v1/cases/{n}/pledge-acceptance", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pledgeText\": \"本人承诺在期限内补交授权委托书，逾期未补交的，同意终止办理。\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED_ON_PLEDGE"))
                .andExpect(jsonPath("$.pledge.materials[0]").value("授权委托书"))
                .andExpect(jsonPath("$.pledge.supplementBy").exists())
                .andExpect(jsonPath("$.materials[1].status").value("PLEDGED"));
        mvc.perform(get("/api/v1/cases/{n}/documents/pledge", number).with(CLERK)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/{n}/documents/refusal", number).with(CLERK))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("intake-document-not-issued"));
    }

    @Test
    void an_applicant_on_the_bad_credit_list_cannot_be_accepted_on_a_pledge() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        badCredit.add(id, "严重失信", "admin");
        String number = number(submit(id, "{\"M1\": \"PROVIDED\"}"));

        mvc.perform(post("/api/v1/cases/{n}/pledge-acceptance", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pledgeText\": \"承诺\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("intake-pledge-bad-credit"));
    }

    @Test
    void a_refused_case_cannot_be_accepted_or_supplemented_afterwards() throws Exception {
        String number = number(submit(TestIdentities.aResidentIdNumber(), "{\"M1\": \"PROVIDED\"}"));

        mvc.perform(post("/api/v1/cases/{n}/refusal", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason": "申请事项依法不需要取得行政许可", "competentAuthority": "",
                                 "remedies": "可依法申请行政复议或者提起行政诉讼"}"""))
                .andExpect(jsonPath("$.status").value("REFUSED"));
        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(CLERK))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("intake-wrong-state"))
                .andExpect(jsonPath("$.detail").value("办件 " + number + " 当前状态为“不予受理”，不能受理。"));
        MockMultipartFile png = new MockMultipartFile("file", "a.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        mvc.perform(multipart("/api/v1/cases/{n}/materials/M2/files", number).file(png).with(CLERK))
                .andExpect(status().isConflict());
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_same_case() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"channel": "KIOSK", "item": "%s",
                 "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "赵六", "phone": "13712345678"}}"""
                .formatted(ITEM, TestIdentities.aResidentIdNumber());
        String first = number(mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
        String second = number(mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk()));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void bad_input_is_named_field_by_field() throws Exception {
        submit("110105194912310021", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("resident-id-check"))
                .andExpect(jsonPath("$.field").value("applicant.idNumber"));
        mvc.perform(post("/api/v1/cases").with(CLERK).contentType(MediaType.APPLICATION_JSON).content("{\"channel\": \"COUNTER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("intake-idempotency-key-missing"));
        submit(TestIdentities.aResidentIdNumber(), "{\"M9\": \"PROVIDED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("intake-material-unknown"))
                .andExpect(jsonPath("$.detail").value("“" + ITEM + "”的材料清单中没有 M9。"));
        mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "COUNTER", "item": "%s",
                         "applicant": {"kind": "LEGAL_PERSON", "creditCode": "%s", "name": "示例新创科技有限公司", "phone": "13912345678"},
                         "materials": {}}""".formatted(ITEM, TestIdentities.aCreditCode())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("applicant-legal-representative-missing"))
                .andExpect(jsonPath("$.detail").value("法人和其他组织须填写法定代表人姓名。"));
    }

    @Test
    void a_house_sale_is_submitted_with_a_buyer_and_a_seller_and_a_missing_seller_is_named() throws Exception {
        mvc.perform(get("/api/v1/intake/applicant-roles").param("bundle", "YJS-BDCJY")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key").value(org.hamcrest.Matchers.contains("buyer", "seller")))
                .andExpect(jsonPath("$[1].name").value("卖方"));
        String buyer = TestIdentities.aResidentIdNumber();
        String seller = TestIdentities.aResidentIdNumber();
        String sale = """
                {"channel": "COUNTER", "bundle": "YJS-BDCJY", "applicantRole": "buyer",
                 "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "张买方", "phone": "13912345678"}%s}""";
        mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content(sale.formatted(buyer, "")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("intake-applicant-role-missing"))
                .andExpect(jsonPath("$.detail").value("缺少卖方：该事项至少需要 1 位卖方。"));
        mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(sale.formatted(buyer, """
                                , "coApplicants": [{"role": "seller", "kind": "NATURAL_PERSON", "idNumber": "%s",
                                   "name": "李卖方", "phone": "1391234"}]""".formatted(seller))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("coApplicants[0].phone"));

        mvc.perform(post("/api/v1/cases").with(CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(sale.formatted(buyer, """
                                , "coApplicants": [{"role": "seller", "kind": "NATURAL_PERSON", "idNumber": "%s",
                                   "name": "李卖方", "phone": "13987654321"}]""".formatted(seller))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicant.role").value("buyer"))
                .andExpect(jsonPath("$.applicants[1].role").value("seller"))
                .andExpect(jsonPath("$.applicants[1].name").value("李卖方"))
                .andExpect(jsonPath("$.applicants[1].identifier").value(org.hamcrest.Matchers.not(seller)))
                .andExpect(jsonPath("$.applicants[1].phone").value("139****4321"));
    }

    @Test
    void an_upload_that_is_not_a_pdf_or_an_image_stores_nothing_and_says_why() throws Exception {
        String number = number(submit(TestIdentities.aResidentIdNumber(), "{}"));
        MockMultipartFile text = new MockMultipartFile("file", "申请表.pdf", "application/pdf",
                "this is not a pdf".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/cases/{n}/materials/M1/files", number).file(text).with(CLERK))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("files-type-not-allowed"));
        mvc.perform(get("/api/v1/cases/{n}", number).with(CLERK))
                .andExpect(jsonPath("$.materials[0].status").value("MISSING"))
                .andExpect(jsonPath("$.materials[0].files.length()").value(0));
    }

    @Test
    void anyone_with_the_number_and_the_phones_last_four_digits_sees_the_status_without_personal_data() throws Exception {
        String number = number(submit(TestIdentities.aResidentIdNumber(), "{\"M1\": \"PROVIDED\", \"M2\": \"PROVIDED\"}"));

        mvc.perform(get("/api/v1/public/cases/{n}", number).param("phoneLastFour", "5678"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.applicant").value("王*"));
        mvc.perform(get("/api/v1/public/cases/{n}", number).param("phoneLastFour", "0000"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/cases/{n}", number).param("phoneLastFour", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phoneLastFour"))
                .andExpect(jsonPath("$.errors[0].message").value("请输入手机号码的后四位数字。"));
    }

    @Test
    void deciding_a_case_needs_a_counter_role() throws Exception {
        String number = number(submit(TestIdentities.aResidentIdNumber(), "{\"M1\": \"PROVIDED\", \"M2\": \"PROVIDED\"}"));

        mvc.perform(post("/api/v1/cases/{n}/acceptance", number)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(user("sv").roles("SUPERVISOR")))
                .andExpect(status().isForbidden());
    }
}
