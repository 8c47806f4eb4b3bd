package org.onevisit.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.onevisit.catalog.web.CatalogPagesTestData.DEPARTMENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.ItemVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's catalog pages: who may open them, publishing versions, retiring, conflicts and imports. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogPagesAdminTests {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogEditing editing;

    @Autowired
    Catalog catalog;

    @BeforeEach
    void a_small_catalog_of_its_own_is_loaded() throws Exception {
        CatalogPagesTestData.load(editing);
    }

    /** Creates an item through the page and returns its code. */
    private String anItemCreatedOnThePage() throws Exception {
        String code = "XK-PGA-" + NEXT.incrementAndGet();
        mvc.perform(itemForm(post("/admin/catalog/items/new").param("code", code), 0, "页面新建许可", 20, 10))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/catalog/items/" + code));
        return code;
    }

    private static MockHttpServletRequestBuilder itemForm(MockHttpServletRequestBuilder request, int basedOn, String name,
            int legal, int promised) {
        return request.with(csrf()).param("basedOn", Integer.toString(basedOn)).param("name", name)
                .param("type", "ADMINISTRATIVE_LICENCE").param("department", DEPARTMENT).param("servedParty", "LEGAL_PERSON")
                .param("lifeEvents", "BUSINESS_START", "BUSINESS_OPERATION")
                .param("legalDays", Integer.toString(legal)).param("legalUnit", "WORKING")
                .param("promisedDays", Integer.toString(promised)).param("promisedUnit", "WORKING")
                .param("requiredVisits", "0").param("expressAllowed", "true").param("_expressAllowed", "on")
                .param("_limitsIllustrative", "on").param("resultType", "LICENCE")
                .param("onlineDepth", "CONSULT", "ACCEPT")
                .param("materials[0].name", "申请书").param("materials[0].necessity", "REQUIRED")
                .param("materials[0].form", "PAPER").param("materials[0].copyKind", "ORIGINAL")
                .param("materials[0].originals", "1").param("materials[0].copies", "0")
                .param("materials[0].source", "APPLICANT")
                .param("materials[1].name", "营业执照").param("materials[1].necessity", "OPTIONAL")
                .param("materials[1].form", "ELECTRONIC").param("materials[1].copyKind", "COPY")
                .param("materials[1].originals", "0").param("materials[1].copies", "2")
                .param("materials[1].source", "GOVERNMENT_ISSUED").param("materials[1].certificateType", "营业执照");
    }

    @Test
    void the_admin_pages_send_a_visitor_to_the_login_page() throws Exception {
        mvc.perform(get("/admin/catalog")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin")).andExpect(status().isFound());
    }

    @Test
    @WithMockUser(roles = "CLERK")
    void a_clerk_may_not_open_the_admin_pages() throws Exception {
        mvc.perform(get("/admin/catalog")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/catalog/items/new").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_admin_home_links_the_catalog_and_the_calendar() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/admin/catalog"), containsString("/admin/calendar"))));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_creates_an_item_and_publishes_a_new_version_with_changed_materials() throws Exception {
        String code = anItemCreatedOnThePage();
        ItemVersion first = catalog.item(code);
        assertThat(first.details().materials()).hasSize(2);
        assertThat(first.details().materials().get(1).certificateType()).isEqualTo("营业执照");

        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 1, "页面修订许可", 20, 5)
                        .param("materials[2].name", "场地证明").param("materials[2].necessity", "DEFERRABLE")
                        .param("materials[2].form", "PAPER").param("materials[2].copyKind", "ORIGINAL")
                        .param("materials[2].originals", "1").param("materials[2].copies", "0")
                        .param("materials[2].source", "APPLICANT"))
                .andExpect(status().isFound());

        ItemVersion second = catalog.item(code);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.publishedBy()).isEqualTo("admin");
        assertThat(second.details().name()).isEqualTo("页面修订许可");
        assertThat(second.details().promisedLimit().days()).isEqualTo(5);
        assertThat(second.details().materials()).extracting(m -> m.name()).containsExactly("申请书", "营业执照", "场地证明");
        mvc.perform(get("/admin/catalog/items/" + code))
                .andExpect(content().string(allOf(containsString("页面新建许可"), containsString("页面修订许可"),
                        containsString("发布第 3 版"), containsString("name=\"basedOn\" value=\"2\""))));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_adds_form_fields_and_english_material_names_and_the_guide_lists_the_fields() throws Exception {
        String code = anItemCreatedOnThePage();
        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 1, "页面表单许可", 20, 5).param("action", "add-field"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"formFields[0].key\""),
                        containsString("字段 1"), containsString("添加字段"))));
        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 1, "页面表单许可", 20, 5)
                        .param("formFields[0].key", "shopType").param("formFields[0].label", "店铺类型")
                        .param("formFields[0].type", "CHOICE").param("_formFields[0].required", "on"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("字段“shopType”为单选列表，但没有选项。")));

        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 1, "页面表单许可", 20, 5)
                        .param("materials[0].nameEn", "Application")
                        .param("formFields[0].key", "shopType").param("formFields[0].label", "店铺类型")
                        .param("formFields[0].labelEn", "Type of shop").param("formFields[0].type", "CHOICE")
                        .param("formFields[0].required", "true").param("_formFields[0].required", "on")
                        .param("formFields[0].options", "便利店|Convenience store\r\n超市|Supermarket")
                        .param("formFields[1].key", "area").param("formFields[1].label", "面积")
                        .param("formFields[1].type", "NUMBER").param("formFields[1].min", "1")
                        .param("_formFields[1].required", "on"))
                .andExpect(status().isFound());

        ItemVersion published = catalog.item(code);
        assertThat(published.details().materials().get(0).nameEn()).isEqualTo("Application");
        assertThat(published.details().formFields()).extracting(f -> f.key(), f -> f.required(), f -> f.options().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shopType", true, 2),
                        org.assertj.core.groups.Tuple.tuple("area", false, 0));
        mvc.perform(get("/admin/catalog/items/" + code))
                .andExpect(content().string(containsString("便利店|Convenience store\n超市|Supermarket")));
        mvc.perform(get("/catalog/items/" + code).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Type of shop"),
                        containsString("Convenience store / Supermarket"), containsString(">Application<"))));
        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 2, "页面表单许可", 20, 5)
                        .param("formFields[0].key", "area").param("formFields[0].label", "面积")
                        .param("formFields[0].type", "NUMBER").param("_formFields[0].required", "on")
                        .param("action", "remove-field:0"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("formFields[0].key"))));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_row_button_adds_or_removes_a_material_and_publishes_nothing() throws Exception {
        String code = anItemCreatedOnThePage();
        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 1, "页面加行", 20, 5).param("action", "add-material"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("materials[2].name"), containsString("页面加行"))));
        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 1, "页面删行", 20, 5).param("action", "remove-material:0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"营业执照\""),
                        org.hamcrest.Matchers.not(containsString("materials[1].name")))));
        assertThat(catalog.item(code).version()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_edit_based_on_a_stale_version_shows_the_conflict_and_keeps_the_input() throws Exception {
        String code = anItemCreatedOnThePage();
        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 1, "他人先发布", 20, 9)).andExpect(status().isFound());

        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 1, "我的修改内容", 20, 8))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("已被他人更新到第 2 版"), containsString("value=\"我的修改内容\""))));
        assertThat(catalog.item(code).details().name()).isEqualTo("他人先发布");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_rule_violation_is_listed_on_the_form_with_the_input_kept() throws Exception {
        String code = anItemCreatedOnThePage();
        mvc.perform(itemForm(post("/admin/catalog/items/" + code), 1, "承诺长于法定", 10, 30))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("承诺时限（30 天）不得长于法定时限（10 天）"),
                        containsString("value=\"承诺长于法定\""))));
        assertThat(catalog.item(code).version()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_retires_an_item_with_a_reason_and_the_guide_says_so() throws Exception {
        String code = anItemCreatedOnThePage();
        mvc.perform(post("/admin/catalog/items/" + code + "/retire").with(csrf()).param("basedOn", "1").param("reason", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("取消事项须填写原因")));
        mvc.perform(post("/admin/catalog/items/" + code + "/retire").with(csrf()).param("basedOn", "1")
                        .param("reason", "职能调整，并入其他事项"))
                .andExpect(status().isFound());

        assertThat(catalog.item(code).retired()).isTrue();
        mvc.perform(get("/catalog/items/" + code)).andExpect(content().string(containsString("该事项已取消")));
        mvc.perform(get("/admin/catalog").param("q", code)).andExpect(content().string(containsString("已取消")));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_import_lists_every_problem_with_where_it_is_or_reports_what_changed() throws Exception {
        String broken = "format: onevisit-catalog/1\ndepartments: []\nitems:\n"
                + org.onevisit.catalog.TestCatalogs.item("XK-PGI-001", "导入测试", "ADMINISTRATIVE_LICENCE", "NOPE", 10, 30);
        mvc.perform(multipart("/admin/catalog/import").file(yaml("broken.yaml", broken)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("未导入“broken.yaml”"), containsString("部门 NOPE 不存在"),
                        containsString("不得长于法定时限"), containsString("第 "))));

        String fine = "format: onevisit-catalog/1\ndepartments: []\nitems:\n"
                + org.onevisit.catalog.TestCatalogs.item("XK-PGI-" + NEXT.incrementAndGet(), "导入测试", "ADMINISTRATIVE_LICENCE", DEPARTMENT, 30, 10);
        mvc.perform(multipart("/admin/catalog/import").file(yaml("fine.yaml", fine)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("导入成功"), containsString("新建事项"))));
    }

    private static MockMultipartFile yaml(String name, String text) {
        return new MockMultipartFile("file", name, "application/yaml", text.getBytes(StandardCharsets.UTF_8));
    }
}
