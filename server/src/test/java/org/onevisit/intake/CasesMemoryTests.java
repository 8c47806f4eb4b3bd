package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.people.TestIdentities;
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
                + TestCatalogs.item("XK-TMEM-001", "内存测试事项", "ADMINISTRATIVE_LICENCE", "TMEM", 20, 10);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
        String number = intake.submit(new Submission(UUID.randomUUID().toString(), Channel.COUNTER, "XK-TMEM-001", false,
                new Applicant(false, TestIdentities.aResidentIdNumber(), "钱七", "13600001111", null), null,
                Map.of("scope", "经营范围".repeat(500)), Map.of(), false, null), "clerk").number().value();

        WeakReference<IntakeCase> read = new WeakReference<>(cases.find(number).orElseThrow());

        for (int i = 0; i < 50 && read.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(read.get()).as("the case read, after every reader let it go").isNull();
    }
}
