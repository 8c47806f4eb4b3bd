package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.StringReader;
import java.lang.ref.WeakReference;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Cases are not kept in memory beyond the transaction that read them: a node that read many large cases holds none
 * of them afterwards, so large forms cannot fill its memory.
 */
@SpringBootTest
class CasesMemoryTests {

    @Autowired
    Intake intake;

    @Autowired
    Cases cases;

    @Autowired
    CatalogEditing catalog;

    @Test
    void a_case_read_outside_a_transaction_is_not_kept_once_the_reader_lets_it_go() throws Exception {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TMEM", 9312) + "items:\n"
                + TestCatalogs.withTextFields(TestCatalogs.item("XK-TMEM-001", "内存测试事项", "ADMINISTRATIVE_LICENCE",
                        "TMEM", 20, 10), "scope");
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
        String number = intake.submit(aCase().of("XK-TMEM-001")
                .withApplicant(aPerson().named("钱七").withPhone("13600001111"))
                .withForm(Map.of("scope", "经营范围".repeat(500))).build(), "clerk").number().value();

        WeakReference<IntakeCase> read = new WeakReference<>(cases.find(number).orElseThrow());

        for (int i = 0; i < 50 && read.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(read.get()).as("the case read, after every reader let it go").isNull();
    }
}
