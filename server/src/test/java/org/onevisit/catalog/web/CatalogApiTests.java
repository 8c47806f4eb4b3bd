package org.onevisit.catalog.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.TestCatalogs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class CatalogApiTests {

    private static final RequestPostProcessor ADMIN = user("catalog-admin").roles("ADMIN");
    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void a_small_test_catalog_is_imported() throws Exception {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TAPI", 9101)
                + "items:\n" + TestCatalogs.item("XK-TAPI-001", "测试接口许可", "ADMINISTRATIVE_LICENCE", "TAPI", 20, 5)
                + TestCatalogs.item("GG-TAPI-001", "测试接口公共服务", "PUBLIC_SERVICE", "TAPI", 5, 0);
        mvc.perform(multipart("/api/v1/catalog/import").file(yamlFile(yaml)).with(ADMIN)).andExpect(status().isOk());
    }

    private static MockMultipartFile yamlFile(String yaml) {
        return new MockMultipartFile("file", "catalog.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String itemJson(String name, int legal, int promised) {
        return """
                {"name": "%s", "type": "ADMINISTRATIVE_LICENCE", "department": "TAPI", "servedParty": "LEGAL_PERSON",
                 "lifeEvents": ["BUSINESS_START"], "legalLimit": {"days": %d, "unit": "WORKING"},
                 "promisedLimit": {"days": %d, "unit": "WORKING"}, "requiredVisits": 0, "resultType": "LICENCE",
                 "materials": [{"name": "申请书", "necessity": "REQUIRED", "form": "PAPER", "copyKind": "ORIGINAL",
                                "originals": 1, "copies": 0, "source": "APPLICANT"}]}""".formatted(name, legal, promised);
    }

    @Test
    void items_are_found_by_words_of_their_name_and_filtered_by_department_and_type() throws Exception {
        mvc.perform(get("/api/v1/items").param("q", "测试接口").param("department", "TAPI"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/items").param("department", "TAPI").param("type", "PUBLIC_SERVICE"))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("GG-TAPI-001")))
                .andExpect(jsonPath("$.items[*].code").value(not(hasItem("XK-TAPI-001"))));
    }

    @Test
    void an_item_is_found_by_what_it_gives() throws Exception {
        // the demo catalog's company registration gives the business licence
        mvc.perform(get("/api/v1/items").param("q", "营业执照"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code").value(hasItem("XK-SCJG-001")));
    }

    @Test
    void an_item_guide_has_its_materials_and_limits() throws Exception {
        mvc.perform(get("/api/v1/items/XK-TAPI-001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.materials[0].name").value("申请表"))
                .andExpect(jsonPath("$.details.materials[1].necessity").value("DEFERRABLE"))
                .andExpect(jsonPath("$.details.legalLimit.days").value(20));
    }

    @Test
    void an_unknown_item_is_a_404_problem_in_the_users_language() throws Exception {
        mvc.perform(get("/api/v1/items/XK-NONE-999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("catalog-item-not-found"))
                .andExpect(jsonPath("$.detail").value("未找到编码为 XK-NONE-999 的事项。"));
        mvc.perform(get("/api/v1/items/XK-NONE-999").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value("No service item with code XK-NONE-999."));
    }

    @Test
    void a_malformed_filter_is_a_400_naming_the_parameter() throws Exception {
        mvc.perform(get("/api/v1/items").param("type", "LICENSE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"));
        mvc.perform(get("/api/v1/items").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void only_administrators_create_items() throws Exception {
        String body = "{\"code\": \"XK-TAPI-100\", \"item\": " + itemJson("新建事项", 20, 5) + "}";
        mvc.perform(post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"))
                .andExpect(jsonPath("$.title").value("需要登录"));
        mvc.perform(post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body).with(CLERK))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"))
                .andExpect(jsonPath("$.title").value("无权操作"));
        mvc.perform(post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body).with(ADMIN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.publishedBy").value("catalog-admin"));
        mvc.perform(post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body).with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog-item-exists"));
    }

    @Test
    void a_new_version_is_published_from_the_current_one_and_a_stale_edit_is_a_conflict() throws Exception {
        String body = "{\"code\": \"XK-TAPI-200\", \"item\": " + itemJson("版本事项", 20, 5) + "}";
        mvc.perform(post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body).with(ADMIN))
                .andExpect(status().isCreated());

        String revision = "{\"basedOn\": 1, \"item\": " + itemJson("版本事项（修订）", 20, 3) + "}";
        mvc.perform(post("/api/v1/items/XK-TAPI-200/versions").contentType(MediaType.APPLICATION_JSON).content(revision)
                .with(ADMIN)).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(post("/api/v1/items/XK-TAPI-200/versions").contentType(MediaType.APPLICATION_JSON).content(revision)
                .with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog-item-changed"))
                .andExpect(jsonPath("$.currentVersion").value(2));

        mvc.perform(get("/api/v1/items/XK-TAPI-200").param("version", "1"))
                .andExpect(jsonPath("$.details.name").value("版本事项"));
        mvc.perform(get("/api/v1/items/XK-TAPI-200/versions")).andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void an_item_breaking_the_rules_is_rejected_with_every_problem() throws Exception {
        String body = "{\"code\": \"XK-TAPI-300\", \"item\": " + itemJson("承诺长于法定", 5, 10)
                .replace("\"TAPI\"", "\"NOPE\"") + "}";
        mvc.perform(post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].code").value(hasItem("promised-longer-than-legal")))
                .andExpect(jsonPath("$.problems[*].code").value(hasItem("unknown-department")));
        mvc.perform(get("/api/v1/items/XK-TAPI-300")).andExpect(status().isNotFound());
    }

    @Test
    void a_request_missing_a_field_is_a_400_naming_it() throws Exception {
        String body = "{\"code\": \"XK-TAPI-400\", \"item\": " + itemJson("", 20, 5) + "}";
        mvc.perform(post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("item.name"));
    }

    @Test
    void a_retired_item_leaves_the_search_and_takes_no_new_version() throws Exception {
        String body = "{\"code\": \"XK-TAPI-500\", \"item\": " + itemJson("将取消的事项", 20, 5) + "}";
        mvc.perform(post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body).with(ADMIN))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/v1/items/XK-TAPI-500/retire").contentType(MediaType.APPLICATION_JSON)
                .content("{\"basedOn\": 1, \"reason\": \"依法取消\"}").with(ADMIN)).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/items").param("q", "将取消的事项")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/items/XK-TAPI-500")).andExpect(jsonPath("$.retired").value(true));
        mvc.perform(post("/api/v1/items/XK-TAPI-500/versions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"basedOn\": 1, \"item\": " + itemJson("复活", 20, 5) + "}").with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog-item-retired"));
    }

    @Test
    void an_import_with_mistakes_lists_them_all_and_imports_nothing() throws Exception {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TBAD", 9102)
                + "items:\n" + TestCatalogs.item("XK-TBAD-001", "坏导入", "ADMINISTRATIVE_LICENCE", "TBAD", 5, 10)
                + TestCatalogs.item("XK-TBAD-002", "坏导入二", "NO_SUCH_TYPE", "NOWHERE", 5, 1);

        mvc.perform(multipart("/api/v1/catalog/import").file(yamlFile(yaml)).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems.length()").value(3))
                .andExpect(jsonPath("$.problems[*].path").value(hasItem("$.items[1].type")))
                .andExpect(jsonPath("$.problems[*].line").exists());
        mvc.perform(get("/api/v1/items").param("department", "TBAD")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/departments")).andExpect(jsonPath("$[*].code").value(not(hasItem("TBAD"))));
    }

    @Test
    void an_import_needs_an_administrator_even_with_http_basic() throws Exception {
        mvc.perform(multipart("/api/v1/catalog/import").file(yamlFile("format: onevisit-catalog/1\n"))
                .with(httpBasic("nobody", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void the_exported_catalog_imports_back_without_a_change() throws Exception {
        byte[] yaml = mvc.perform(get("/api/v1/catalog/export").param("format", "yaml"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        mvc.perform(multipart("/api/v1/catalog/import").file(new MockMultipartFile("file", "c.yaml", "application/yaml", yaml))
                .with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemsCreated").value(0))
                .andExpect(jsonPath("$.itemsRevised").value(0));

        byte[] xlsx = mvc.perform(get("/api/v1/catalog/export").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/api/v1/catalog/import").file(new MockMultipartFile("file", "c.xlsx", "application/octet-stream", xlsx))
                .with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemsCreated").value(0))
                .andExpect(jsonPath("$.itemsRevised").value(0));
    }
}
