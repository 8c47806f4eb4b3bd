package org.onevisit.catalog.web;

import java.io.StringReader;

import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;

/** A small catalog of its own for the page tests: one department, three items and a bundle of three stages. */
final class CatalogPagesTestData {

    static final String DEPARTMENT = "TPG";
    static final String LICENCE = "XK-TPG-001";
    static final String SERVICE = "GG-TPG-001";
    static final String FILING = "BA-TPG-001";
    static final String BUNDLE = "YJS-TPG-TEST";

    private CatalogPagesTestData() {
    }

    static void load(CatalogEditing editing) throws Exception {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department(DEPARTMENT, 9201)
                + "items:\n"
                + TestCatalogs.item(LICENCE, "页面测试餐饮许可", "ADMINISTRATIVE_LICENCE", DEPARTMENT, 20, 7)
                + TestCatalogs.item(SERVICE, "页面测试公共服务", "PUBLIC_SERVICE", DEPARTMENT, 5, 0)
                + TestCatalogs.item(FILING, "页面测试备案", "ADMINISTRATIVE_FILING", DEPARTMENT, 10, 3)
                + """
                bundles:
                  - code: %s
                    name: 页面测试开店一件事
                    description: 页面测试用的一件事。
                    lifeEvents: [BUSINESS_START]
                    leadDepartment: %s
                    stages:
                      - key: S1
                        name: 页面测试受理
                        items: [%s]
                        after: []
                        joint: NONE
                      - key: S2
                        name: 页面测试许可审查
                        items: [%s]
                        after: [S1]
                        joint: JOINT_INSPECTION
                      - key: S3
                        name: 页面测试备案审查
                        items: [%s]
                        after: [S1]
                        joint: NONE
                """.formatted(BUNDLE, DEPARTMENT, SERVICE, LICENCE, FILING);
        editing.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "page-tests");
    }
}
