package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.Intake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The one form's fields on the portal's and the counter's new-case pages, and their answers on the case pages. */
@SpringBootTest
@AutoConfigureMockMvc
class FormFieldPagesTests {

    private static final String ITEM = "XK-TFPG-001";
    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CatalogEditing editing;

    MockHttpSession applicant;

    @BeforeEach
    void the_item_asks_a_shop_and_the_demo_applicant_logs_in() throws Exception {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TFPG", 9662) + "items:\n"
                + TestCatalogs.item(ITEM, "表单页面测试许可", "ADMINISTRATIVE_LICENCE", "TFPG", 20, 7)
                        .replace("- name: 申请表\n", "- name: 申请表\n        nameEn: Application\n") + """
                    formFields:
                      - {key: shopName, label: 店铺名称, labelEn: Shop name, type: TEXT, required: true, maxLength: 40,
                         hint: 与招牌一致, hintEn: As on the sign}
                      - {key: openedOn, label: 开业日期, labelEn: Opening day, type: DATE}
                      - {key: seats, label: 座位数, labelEn: Seats, type: NUMBER, min: 0, max: 500}
                      - {key: plan, label: 经营方案, labelEn: Business plan, type: LONG_TEXT}
                      - key: kind
                        label: 主体业态
                        labelEn: Kind of business
                        type: CHOICE
                        options: [{name: 餐饮服务经营者, nameEn: Catering}, {name: 单位食堂, nameEn: Canteen}]
                      - {key: online, label: 是否网络经营, labelEn: Sells online, type: YES_NO}
                """;
        editing.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "form-page-tests");
        applicant = (MockHttpSession) mvc.perform(formLogin("/login").user("330999199003071233").password("demo1234"))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
    }

    @Test
    void the_portal_form_shows_an_input_of_each_type_with_its_label_and_hint_in_the_pages_language() throws Exception {
        mvc.perform(get("/portal/cases/new").session(applicant).param("subject", ITEM))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<label for=\"form-shopName\">"),
                        containsString("店铺名称"), containsString("与招牌一致"),
                        containsString("type=\"date\" id=\"form-openedOn\" name=\"form.openedOn\""),
                        containsString("type=\"number\""), containsString("<textarea id=\"form-plan\""),
                        containsString("<select id=\"form-kind\""), containsString("餐饮服务经营者"),
                        containsString("<select id=\"form-online\""), containsString("申请表"))));
        mvc.perform(get("/portal/cases/new").session(applicant).param("subject", ITEM).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Shop name"), containsString("As on the sign"),
                        containsString(">Catering<"), containsString("Application form"),
                        containsString(">Application<"), not(containsString("店铺名称")))));
    }

    @Test
    void a_wrong_answer_comes_back_beside_its_field_with_every_answer_kept_and_nothing_stored() throws Exception {
        String key = WorkbenchPagesTests.key();
        mvc.perform(multipart("/portal/cases").session(applicant).with(csrf()).param("subject", ITEM)
                        .param("idempotencyKey", key).param("mode", "submit").param("form.shopName", "示例小馆")
                        .param("form.seats", "900").param("form.kind", "单位食堂").param("form.online", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("id=\"form-seats-error\">“座位数”不能大于 500。</small>"),
                        containsString("value=\"示例小馆\""), containsString("value=\"900\""),
                        containsString("<option value=\"单位食堂\" selected=\"selected\">单位食堂</option>"),
                        containsString("<option value=\"true\" selected=\"selected\">是</option>"),
                        containsString("aria-describedby=\"form-seats-error\""))));
        assertThat(intake.byIdempotencyKey(key)).isEmpty();
    }

    @Test
    void the_applicant_and_the_clerk_see_the_answers_on_the_case_pages() throws Exception {
        String location = mvc.perform(multipart("/portal/cases").session(applicant).with(csrf()).param("subject", ITEM)
                        .param("idempotencyKey", WorkbenchPagesTests.key()).param("mode", "submit")
                        .param("form.shopName", "示例小馆").param("form.openedOn", "2026-11-02")
                        .param("form.kind", "餐饮服务经营者").param("form.online", "false"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/portal/cases/".length(), location.indexOf('?'));

        assertThat(intake.find(number).parties().form()).containsEntry("shopName", "示例小馆")
                .containsEntry("openedOn", "2026-11-02").containsEntry("online", "false").doesNotContainKey("seats");
        mvc.perform(get("/portal/cases/" + number).session(applicant))
                .andExpect(content().string(allOf(containsString("application-answers"), containsString("示例小馆"),
                        containsString("2026-11-02"), containsString("<dd class=\"pre\" data-field=\"online\">否</dd>"))));
        mvc.perform(get("/staff/counter/cases/" + number).with(CLERK).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Shop name"), containsString("示例小馆"),
                        containsString(">Catering</dd>"), containsString(">No</dd>"))));
    }

    @Test
    void the_counter_takes_the_answers_with_the_rest_of_the_new_case_form() throws Exception {
        String key = WorkbenchPagesTests.key();
        mvc.perform(post("/staff/counter/new").with(CLERK).with(csrf()).param("step", "submit").param("kind", "NATURAL")
                        .param("identifier", WorkbenchPagesTests.anIdNumber()).param("name", "测试申请人")
                        .param("phone", "13800135678").param("subject", ITEM).param("shownSubject", ITEM)
                        .param("idempotencyKey", key).param("material_M1", "PROVIDED").param("material_M2", "PROVIDED")
                        .param("form.openedOn", "2026-11-31"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"form-shopName-error\">请填写“店铺名称”。</small>"),
                        containsString("<input type=\"date\" id=\"form-openedOn\" name=\"form.openedOn\" value=\"2026-11-31\""))));

        String location = mvc.perform(post("/staff/counter/new").with(CLERK).with(csrf()).param("step", "submit")
                        .param("kind", "NATURAL").param("identifier", WorkbenchPagesTests.anIdNumber())
                        .param("name", "测试申请人").param("phone", "13800135678").param("subject", ITEM)
                        .param("shownSubject", ITEM).param("idempotencyKey", key).param("material_M1", "PROVIDED")
                        .param("material_M2", "PROVIDED").param("form.shopName", "窗口小馆").param("form.seats", "40"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/staff/counter/cases/".length());

        assertThat(intake.find(number).parties().form()).containsEntry("shopName", "窗口小馆").containsEntry("seats", "40");
    }
}
