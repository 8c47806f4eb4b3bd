package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The counter's workbench: a clerk registers the applicant, ticks the materials and receives the case, then
 * accepts it, issues the one-time notice, accepts it on a pledge or refuses it; problems show on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "clerk", roles = "CLERK")
class WorkbenchPagesTests {

    /** An item with 申请表 (required, M1) and 授权委托书 (may follow later, M2). */
    static final String ITEM = "XK-TWBP-001";

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CatalogEditing editing;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    org.onevisit.intake.files.MaterialFiles files;

    @Autowired
    org.onevisit.intake.CaseSupplements supplements;

    @BeforeEach
    void an_item_of_its_own_is_in_the_catalog() throws Exception {
        load(editing);
    }

    static void load(CatalogEditing editing) throws Exception {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TWBP", 9401) + "items:\n"
                + TestCatalogs.item(ITEM, "受理台测试许可", "ADMINISTRATIVE_LICENCE", "TWBP", 20, 7);
        editing.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "workbench-tests");
    }

    @Test
    void the_new_case_form_has_a_fresh_idempotency_key_and_focuses_the_id_number() throws Exception {
        mvc.perform(get("/staff/counter/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"idempotencyKey\""),
                        matchesPattern("(?s).*value=\"[0-9a-f-]{36}\".*"), containsString("autofocus"),
                        containsString("综合窗口受理台"))));
    }

    @Test
    void a_wrong_id_number_checksum_is_shown_next_to_the_field_and_the_input_is_kept() throws Exception {
        String id = anIdNumber();
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        mvc.perform(newCase(wrong, MaterialStatus.PROVIDED, MaterialStatus.PROVIDED))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("identifier-error"), containsString("校验码不符"),
                        containsString("value=\"" + wrong + "\""), containsString("value=\"测试申请人\""))));
    }

    @Test
    void a_company_without_its_legal_representative_is_told_so_next_to_the_field() throws Exception {
        mvc.perform(post("/staff/counter/new").with(csrf()).param("step", "submit").param("kind", "LEGAL")
                        .param("identifier", TestIdentities.aCreditCode()).param("name", "示例新创科技有限公司")
                        .param("phone", "13800135678").param("legalRepresentative", " ").param("subject", ITEM)
                        .param("shownSubject", ITEM).param("idempotencyKey", key())
                        .param("material_M1", "PROVIDED").param("material_M2", "PROVIDED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("法人和其他组织须填写法定代表人姓名。"),
                        containsString("value=\"示例新创科技有限公司\""))));
    }

    @Test
    void a_wrong_phone_number_is_shown_next_to_its_field() throws Exception {
        mvc.perform(newCase(anIdNumber(), "12345", MaterialStatus.PROVIDED, MaterialStatus.PROVIDED, key()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请输入11位中国大陆手机号码")));
    }

    @Test
    void choosing_an_item_shows_its_checklist_and_what_is_missing() throws Exception {
        mvc.perform(post("/staff/counter/new").with(csrf()).param("pick", ITEM).param("idempotencyKey", key()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("受理台测试许可"), containsString("申请表"),
                        containsString("授权委托书"), containsString("容缺后补"), containsString("尚缺 2 项材料"),
                        containsString("name=\"material_M1\""))));
        mvc.perform(get("/staff/counter/missing").param("shownSubject", ITEM).param("material_M1", "PROVIDED")
                        .param("material_M2", "BY_CERTIFICATE"))
                .andExpect(content().string(allOf(containsString("材料齐全"), not(containsString("<html")))));
        mvc.perform(get("/staff/counter/search").param("q", "受理台测试"))
                .andExpect(content().string(allOf(containsString("name=\"pick\""), containsString(ITEM))));
    }

    @Test
    void a_clerk_finds_an_applicants_cases_by_id_number_the_newest_first_shown_masked() throws Exception {
        String id = anIdNumber();
        String first = receive(newCase(id, MaterialStatus.PROVIDED, MaterialStatus.PROVIDED));
        String second = receive(newCase(id, MaterialStatus.MISSING, MaterialStatus.PROVIDED));
        String page = mvc.perform(post("/staff/counter/applicant-cases").with(csrf()).param("identifier", " " + id + " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(first), containsString(second),
                        containsString(id.substring(0, 6) + "********" + id.substring(14)), not(containsString(id)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(second)).as("the newest first").isLessThan(page.indexOf(first));
        mvc.perform(post("/staff/counter/applicant-cases").with(csrf()).param("identifier", anIdNumber()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("暂无办件")));
    }

    @Test
    void a_search_for_something_that_is_no_id_number_nor_credit_code_says_so() throws Exception {
        mvc.perform(post("/staff/counter/applicant-cases").with(csrf()).param("identifier", "330999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请输入有效的公民身份号码")));
        mvc.perform(post("/staff/counter/applicant-cases").with(csrf()).param("identifier", "330999").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a valid resident ID number")));
    }

    @Test
    void a_complete_case_is_received_once_and_accepted() throws Exception {
        String key = key();
        String number = receive(newCase(anIdNumber(), MaterialStatus.PROVIDED, MaterialStatus.PROVIDED, key));
        assertThat(receive(newCase(anotherIdOf(number), MaterialStatus.PROVIDED, MaterialStatus.PROVIDED, key)))
                .as("a resubmission of the same form gives the same case").isEqualTo(number);
        mvc.perform(get("/staff/counter/cases/" + number))
                .andExpect(content().string(allOf(containsString("材料齐全，可以受理"), containsString("accesskey=\"a\""),
                        not(containsString("disabled")))));
        mvc.perform(post("/staff/counter/cases/" + number + "/accept").with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        IntakeCase accepted = intake.find(number);
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.visitCount()).isEqualTo(1);
        mvc.perform(get("/staff/counter/cases/" + number))
                .andExpect(content().string(allOf(containsString("已受理"), containsString("/documents/receipt.pdf"))));
    }

    @Test
    void an_online_application_is_accepted_remotely_without_a_visit_unless_the_applicant_is_at_the_counter() throws Exception {
        String remote = anOnlineApplication("13800135681");
        mvc.perform(get("/staff/counter/cases/" + remote)).andExpect(content().string(containsString("name=\"present\"")));
        mvc.perform(post("/staff/counter/cases/" + remote + "/accept").with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(intake.find(remote).status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(intake.find(remote).visitCount()).as("网上受理: no visit").isZero();

        String present = anOnlineApplication("13800135682");
        mvc.perform(post("/staff/counter/cases/" + present + "/accept").with(csrf()).param("version", "0")
                        .param("present", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(intake.find(present).visitCount()).as("the applicant came to the counter").isEqualTo(1);
    }

    private String anOnlineApplication(String phone) {
        String id = anIdNumber();
        String account = applicants.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, id, "网上申请人",
                phone, null, "applicant-online-1")).principal();
        return intake.submit(new org.onevisit.intake.Submission(key(), org.onevisit.intake.Channel.WEB, ITEM, false,
                new org.onevisit.intake.Applicant(false, id, "网上申请人", phone, null), null, java.util.Map.of(),
                java.util.Map.of("M1", MaterialStatus.PROVIDED, "M2", MaterialStatus.PROVIDED), false, account), account)
                .number().value();
    }

    @Test
    void a_case_with_a_required_material_missing_cannot_be_accepted() throws Exception {
        String number = receive(newCase(anIdNumber(), MaterialStatus.MISSING, MaterialStatus.PROVIDED));
        mvc.perform(get("/staff/counter/cases/" + number))
                .andExpect(content().string(allOf(containsString("不能受理"), matchesPattern("(?s).*id=\"accept-button\"[^>]*disabled.*"))));
        mvc.perform(post("/staff/counter/cases/" + number + "/accept").with(csrf()).param("version", "0"))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("材料不齐，不能受理：申请表"), containsString("accept-form"))));
        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void a_one_time_notice_lists_what_is_missing() throws Exception {
        String number = receive(newCase(anIdNumber(), MaterialStatus.MISSING, MaterialStatus.MISSING));
        mvc.perform(get("/staff/counter/cases/" + number))
                .andExpect(content().string(allOf(containsString("name=\"problem_M1\""), containsString(">未提交</textarea>"))));
        mvc.perform(post("/staff/counter/cases/" + number + "/notice").with(csrf()).param("version", "0")
                        .param("problem_M1", "未提交").param("problem_M2", "须由申请人签字"))
                .andExpect(status().is3xxRedirection());
        IntakeCase notified = intake.find(number);
        assertThat(notified.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(notified.answer().deficiencies()).extracting(d -> d.materialName() + "：" + d.problem())
                .containsExactly("申请表：未提交", "授权委托书：须由申请人签字");
        mvc.perform(get("/staff/counter/cases/" + number))
                .andExpect(content().string(allOf(containsString("须由申请人签字"), containsString("/documents/notice.pdf"))));
    }

    @Test
    void a_case_missing_only_a_deferrable_material_is_accepted_on_the_signed_pledge() throws Exception {
        String number = receive(newCase(anIdNumber(), MaterialStatus.PROVIDED, MaterialStatus.MISSING));
        mvc.perform(get("/staff/counter/cases/" + number))
                .andExpect(content().string(allOf(containsString("容缺受理"), containsString("申请人已签署承诺书"),
                        containsString("申请容缺受理：授权委托书"))));
        mvc.perform(post("/staff/counter/cases/" + number + "/pledge").with(csrf()).param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请先由申请人签署承诺书")));
        mvc.perform(post("/staff/counter/cases/" + number + "/pledge").with(csrf()).param("version", "0")
                        .param("signed", "true"))
                .andExpect(status().is3xxRedirection());
        IntakeCase pledged = intake.find(number);
        assertThat(pledged.status()).isEqualTo(CaseStatus.ACCEPTED_ON_PLEDGE);
        assertThat(pledged.answer().pledge().text()).contains("授权委托书", number);
        mvc.perform(get("/staff/counter/cases/" + number))
                .andExpect(content().string(allOf(containsString("/documents/pledge.pdf"), containsString("容缺材料补交期限"))));
    }

    @Test
    void a_refusal_keeps_the_reason_and_the_remedies() throws Exception {
        String number = receive(newCase(anIdNumber(), MaterialStatus.PROVIDED, MaterialStatus.PROVIDED));
        mvc.perform(get("/staff/counter/cases/" + number))
                .andExpect(content().string(containsString("六十日内向示例市人民政府申请行政复议")));
        mvc.perform(post("/staff/counter/cases/" + number + "/refuse").with(csrf()).param("version", "0")
                        .param("reason", "").param("competentAuthority", "示例省某厅"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写不予受理的理由"), containsString("value=\"示例省某厅\""))));
        mvc.perform(post("/staff/counter/cases/" + number + "/refuse").with(csrf()).param("version", "0")
                        .param("reason", "不属于本机关职权范围").param("competentAuthority", "示例省某厅")
                        .param("remedies", "可申请行政复议或提起行政诉讼。"))
                .andExpect(status().is3xxRedirection());
        IntakeCase refused = intake.find(number);
        assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(refused.answer().refusal().competentAuthority()).isEqualTo("示例省某厅");
    }

    @Test
    void a_decision_on_a_version_someone_else_changed_meanwhile_is_a_conflict() throws Exception {
        String number = receive(newCase(anIdNumber(), MaterialStatus.MISSING, MaterialStatus.PROVIDED));
        mvc.perform(post("/staff/counter/cases/" + number + "/materials/M1").with(csrf()).param("version", "0")
                        .param("status", "PROVIDED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/staff/counter/cases/" + number + "/refuse").with(csrf()).param("version", "0")
                        .param("reason", "过时的页面"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("刚被他人处理过"), containsString("过时的页面"))));
        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void the_list_shows_recent_cases_and_an_unknown_case_is_a_message() throws Exception {
        String number = receive(newCase(anIdNumber(), MaterialStatus.PROVIDED, MaterialStatus.PROVIDED));
        // the newest cases, whose days other tests of the run may have moved on: the case is among them or opens
        String newest = intake.recent(1).get(0).number().value();
        mvc.perform(get("/staff/counter")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(newest), containsString("网上预审待处理"))));
        mvc.perform(get("/staff/counter/cases/{n}", number)).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/staff/counter/cases/330999-20000101-99999"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("未找到办件")));
    }

    @Test
    void a_file_of_the_case_is_shown_in_the_page_only_as_what_its_bytes_are_and_no_other_case_file_is_served() throws Exception {
        String number = intake.submit(org.onevisit.intake.CaseBuilder.aCase().of(ITEM).build(), "clerk").number().value();
        java.io.ByteArrayOutputStream ofd = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(ofd)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        String id = files.store("申请表.ofd", new java.io.ByteArrayInputStream(ofd.toByteArray()), "clerk").id().toString();
        supplements.supplement(number, "M1", id, new org.onevisit.intake.CounterDecisions.Act("clerk",
                org.onevisit.intake.Channel.COUNTER, null));

        mvc.perform(get("/api/v1/cases/{n}/materials/M1/files/{f}", number, id)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", "application/octet-stream"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"));
        mvc.perform(get("/staff/counter/cases/{n}", number).param("view", id))
                .andExpect(content().string(allOf(containsString("id=\"viewer\""), containsString("不能在页面中显示"),
                        not(containsString("<iframe")),
                        containsString("/api/v1/cases/" + number + "/materials/M1/files/" + id + "?download=true"))));

        String other = intake.submit(org.onevisit.intake.CaseBuilder.aCase().of(ITEM).build(), "clerk").number().value();
        mvc.perform(get("/api/v1/cases/{n}/materials/M1/files/{f}", other, id)).andExpect(status().isNotFound());
        mvc.perform(get("/staff/counter/cases/{n}", other).param("view", id)).andExpect(status().isNotFound());
    }

    @Test
    void an_online_pre_check_with_every_material_accepted_is_passed_and_the_applicant_invited() throws Exception {
        String id = anIdNumber();
        String account = applicants.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, id, "预审通过者",
                "13800135679", null, "applicant-pass-1")).principal();
        IntakeCase pre = intake.submit(new org.onevisit.intake.Submission(key(), org.onevisit.intake.Channel.WEB, ITEM,
                false, new org.onevisit.intake.Applicant(false, id, "预审通过者", "13800135679", null), null,
                java.util.Map.of(), java.util.Map.of("M1", MaterialStatus.PROVIDED, "M2", MaterialStatus.PROVIDED), true,
                account), account);
        String number = pre.number().value();
        mvc.perform(post("/staff/counter/cases/" + number + "/pre-check").with(csrf()).param("version", "0")
                        .param("verdict_M1", "OK").param("remark_M1", "").param("verdict_M2", "OK").param("remark_M2", ""))
                .andExpect(redirectedUrl("/staff/counter/cases/" + number));

        IntakeCase checked = intake.find(number);
        assertThat(checked.preCheckPassed()).isTrue();
        assertThat(checked.answer().deficiencies()).isEmpty();
        assertThat(checked.answer().preCheckNote()).contains("预审通过");
        mvc.perform(get("/staff/counter/cases/" + number)).andExpect(content().string(allOf(
                containsString("预审通过"), containsString("id=\"receive-pre-checked\""))));
    }

    @Test
    void an_online_pre_check_gets_remarks_and_is_received_when_the_applicant_comes() throws Exception {
        // the queue links each application waiting to its pre-check form; a remarked material is to come again
        String id = anIdNumber();
        String account = applicants.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, id, "预审申请人",
                "13800135678", null, "applicant-pass-1")).principal();
        IntakeCase pre = intake.submit(new org.onevisit.intake.Submission(key(), org.onevisit.intake.Channel.WEB, ITEM,
                false, new org.onevisit.intake.Applicant(false, id, "预审申请人", "13800135678", null), null,
                java.util.Map.of(), java.util.Map.of("M1", MaterialStatus.PROVIDED), true, account), account);
        String number = pre.number().value();
        mvc.perform(get("/staff/counter")).andExpect(content().string(allOf(containsString(number),
                containsString("/staff/counter/cases/" + number + "/pre-check"))));
        mvc.perform(get("/staff/counter/cases/" + number + "/pre-check")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"remark_M1\""),
                        containsString("name=\"verdict_M1\""))));
        mvc.perform(post("/staff/counter/cases/" + number + "/pre-check").with(csrf()).param("version", "0")
                        .param("remark_M1", "请加盖公章").param("note", "补齐后到窗口递交"))
                .andExpect(status().is3xxRedirection());
        assertThat(intake.find(number).answer().preCheckNote()).isEqualTo("补齐后到窗口递交");
        assertThat(intake.find(number).materials().get(0).note()).isEqualTo("请加盖公章");
        assertThat(intake.find(number).materials().get(0).status()).isEqualTo(MaterialStatus.MISSING);
        assertThat(intake.find(number).answer().deficiencies()).extracting(d -> d.problem()).containsExactly("请加盖公章");
        assertThat(intake.find(number).preCheckPassed()).isFalse();
        mvc.perform(post("/staff/counter/cases/" + number + "/receive").with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(intake.find(number).visitCount()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "someone", roles = "APPLICANT")
    void an_applicant_cannot_open_the_workbench() throws Exception {
        mvc.perform(get("/staff/counter")).andExpect(status().isForbidden());
    }

    // --- helpers ------------------------------------------------------------------------------------

    static MockHttpServletRequestBuilder newCase(String id, MaterialStatus m1, MaterialStatus m2) {
        return newCase(id, m1, m2, key());
    }

    static MockHttpServletRequestBuilder newCase(String id, MaterialStatus m1, MaterialStatus m2, String key) {
        return newCase(id, "13800135678", m1, m2, key);
    }

    static MockHttpServletRequestBuilder newCase(String id, String phone, MaterialStatus m1, MaterialStatus m2,
            String key) {
        return post("/staff/counter/new").with(csrf()).param("step", "submit").param("kind", "NATURAL")
                .param("identifier", id).param("name", "测试申请人").param("phone", phone)
                .param("subject", ITEM).param("shownSubject", ITEM).param("idempotencyKey", key)
                .param("material_M1", m1.name()).param("material_M2", m2.name());
    }

    /** Performs the new-case form and answers the number of the case it opened. */
    private String receive(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/staff/counter/cases/");
        return location.substring("/staff/counter/cases/".length());
    }

    private String anotherIdOf(String number) {
        return intake.find(number).parties().applicant().identifier();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    /** A made-up, checksum-valid resident ID number of the example region 330999. */
    static String anIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String first17 = "330999" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
