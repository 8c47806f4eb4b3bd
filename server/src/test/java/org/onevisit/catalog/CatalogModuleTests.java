package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The catalog module on its own, through its public API: a department's items and a bundle imported once, read back
 * as the other modules read them, with the bundle's plan of stages; the same catalog imported again changes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CatalogModuleTests {

    private static final String YAML = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TMOD", 9471)
            + "items:\n" + TestCatalogs.item("XK-TMOD-001", "模块测试许可", "ADMINISTRATIVE_LICENCE", "TMOD", 20, 5)
            + TestCatalogs.item("XK-TMOD-002", "模块测试二号许可", "ADMINISTRATIVE_LICENCE", "TMOD", 20, 3)
            + """
            bundles:
              - code: YJS-TMOD
                name: 模块测试一件事
                description: 先办一号许可，再办二号许可。
                lifeEvents: [BUSINESS_OPERATION]
                leadDepartment: TMOD
                stages:
                  - key: S1
                    name: 一号许可
                    items: [XK-TMOD-001]
                    after: []
                    joint: NONE
                  - key: S2
                    name: 二号许可
                    items: [XK-TMOD-002]
                    after: [S1]
                    joint: NONE
            """;

    @Autowired
    CatalogEditing editing;

    @Autowired
    Catalog catalog;

    @Test
    void an_imported_catalog_is_read_back_with_its_limits_and_the_plan_of_its_bundle() {
        editing.importCatalog(YamlCatalogReader.read(new StringReader(YAML)), "test");

        ItemVersion licence = catalog.item("XK-TMOD-001");
        assertThat(licence.details().name()).isEqualTo("模块测试许可");
        assertThat(licence.details().department()).isEqualTo("TMOD");
        assertThat(licence.details().promisedLimit().days()).isEqualTo(5);
        assertThat(catalog.department("TMOD")).isPresent();
        BundlePlan plan = catalog.plan(catalog.bundle("YJS-TMOD"));
        assertThat(plan.levels()).hasSize(2);
        assertThat(plan.longestPath()).isEqualTo(5 + 3);

        ImportReport again = editing.importCatalog(YamlCatalogReader.read(new StringReader(YAML)), "test");

        assertThat(again.itemsCreated()).isZero();
        assertThat(again.itemsRevised()).isZero();
        assertThat(again.itemsUnchanged()).isEqualTo(2);
        assertThat(catalog.item("XK-TMOD-001").version()).isEqualTo(licence.version());
    }
}
