package org.onevisit.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.TestCatalogs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A county's full list — 175 approval items and 198 public services — imports and displays without trouble. */
@SpringBootTest
@AutoConfigureMockMvc
class LargeCatalogTests {

    @Autowired
    MockMvc mvc;

    @Test
    void a_catalog_of_175_approval_items_and_198_public_services_imports_and_displays() throws Exception {
        byte[] yaml = TestCatalogs.large("TBIG", 9200, 175, 198).getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/api/v1/catalog/import").file(new MockMultipartFile("file", "big.yaml", "application/yaml", yaml))
                .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemsCreated").value(373));

        mvc.perform(get("/api/v1/items").param("department", "TBIG").param("type", "ADMINISTRATIVE_LICENCE").param("size", "500"))
                .andExpect(jsonPath("$.total").value(175))
                .andExpect(jsonPath("$.items.length()").value(175));
        mvc.perform(get("/api/v1/items").param("department", "TBIG").param("type", "PUBLIC_SERVICE"))
                .andExpect(jsonPath("$.total").value(198))
                .andExpect(jsonPath("$.items.length()").value(50));

        String page = mvc.perform(get("/catalog").param("department", "TBIG")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("测试公共服务1").contains("373");
        String last = mvc.perform(get("/catalog/items/GG-TBIG-198")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(last).contains("测试公共服务198").contains("授权委托书");
    }
}
