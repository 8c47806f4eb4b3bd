package org.onevisit.catalog.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onevisit.catalog.web.CatalogPagesTestData.BUNDLE;
import static org.onevisit.catalog.web.CatalogPagesTestData.DEPARTMENT;
import static org.onevisit.catalog.web.CatalogPagesTestData.FILING;
import static org.onevisit.catalog.web.CatalogPagesTestData.LICENCE;
import static org.onevisit.catalog.web.CatalogPagesTestData.SERVICE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The public catalog pages: search, an item's guide, the bundles; no login needed. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogEditing editing;

    @BeforeEach
    void a_small_catalog_of_its_own_is_loaded() throws Exception {
        CatalogPagesTestData.load(editing);
    }

    @Test
    void the_search_finds_items_by_words_and_filters_them_by_department_and_type() throws Exception {
        mvc.perform(get("/catalog").param("q", "页面测试").param("department", DEPARTMENT))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("页面测试餐饮许可"), containsString("页面测试公共服务"),
                        containsString("共找到 3 个事项"), containsString("<form"))));
        mvc.perform(get("/catalog").param("q", "页面测试").param("type", "PUBLIC_SERVICE"))
                .andExpect(content().string(allOf(containsString("页面测试公共服务"), not(containsString("页面测试餐饮许可")))));
    }

    @Test
    void the_results_show_instant_items_visits_and_express() throws Exception {
        mvc.perform(get("/catalog").param("q", SERVICE))
                .andExpect(content().string(allOf(containsString("即办件"), containsString("0 次（不用跑）"),
                        containsString("可快递"), containsString("5个工作日"))));
    }

    @Test
    void a_life_event_filters_the_results_and_an_unknown_filter_value_filters_nothing() throws Exception {
        mvc.perform(get("/catalog").param("q", "页面测试").param("lifeEvent", "BIRTH"))
                .andExpect(content().string(allOf(containsString("没有找到符合条件的事项"), not(containsString("页面测试餐饮许可")))));
        mvc.perform(get("/catalog").param("q", "页面测试").param("lifeEvent", "BUSINESS_OPERATION").param("type", "NO_SUCH_TYPE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("页面测试餐饮许可")));
    }

    @Test
    void an_htmx_request_gets_only_the_results() throws Exception {
        mvc.perform(get("/catalog").param("q", "页面测试餐饮").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results\""), containsString("页面测试餐饮许可"),
                        not(containsString("<html")), not(containsString("<form")), not(containsString("页面测试公共服务")))));
    }

    @Test
    void the_search_page_filters_live_with_htmx() throws Exception {
        mvc.perform(get("/catalog"))
                .andExpect(content().string(allOf(containsString("hx-trigger=\"keyup changed delay:300ms, change\""),
                        containsString("hx-target=\"#results\""), containsString("个人办事"), containsString("法人办事"),
                        containsString("准入准营"))));
    }

    @Test
    void an_item_guide_shows_its_limits_materials_counters_and_bundles() throws Exception {
        mvc.perform(get("/catalog/items/" + LICENCE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("页面测试餐饮许可"), containsString("20个工作日"),
                        containsString("7个工作日"), containsString("承诺件"), containsString("申请表"),
                        containsString("授权委托书"), containsString("容缺后补"), containsString("T09201 号窗口"),
                        containsString("时限为示意数据"), containsString("不收费"), containsString("《测试条例》"),
                        containsString("页面测试开店一件事"), containsString("第 1 版"))));
    }

    @Test
    void an_item_guide_is_in_english_on_request() throws Exception {
        mvc.perform(get("/catalog/items/" + LICENCE).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Materials to bring"), containsString("20 working days"),
                        containsString("May be supplied later"))));
    }

    @Test
    void an_unknown_item_bundle_or_version_is_a_friendly_404() throws Exception {
        mvc.perform(get("/catalog/items/XK-NONE-404"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("未找到编码为 XK-NONE-404 的事项"), containsString("查找办事事项"))));
        mvc.perform(get("/bundles/YJS-NONE-404")).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/items/" + LICENCE).param("version", "99")).andExpect(status().isNotFound());
    }

    @Test
    void the_bundle_list_shows_each_bundle_with_its_longest_path() throws Exception {
        mvc.perform(get("/bundles"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("页面测试开店一件事"), containsString("3 个事项"),
                        containsString("7 个工作日"))));
    }

    @Test
    void a_bundle_guide_shows_its_stages_in_parallel_and_in_order_with_the_longest_path() throws Exception {
        mvc.perform(get("/bundles/" + BUNDLE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("第一阶段"), containsString("第二阶段"),
                        containsString("在“页面测试受理”完成后开始"), containsString("与“页面测试备案审查”并行"),
                        containsString("联合勘查"), containsString("关键路径"), containsString("7 个工作日"),
                        containsString("/catalog/items/" + FILING), containsString("一表申请、一套材料"))));
    }
}
