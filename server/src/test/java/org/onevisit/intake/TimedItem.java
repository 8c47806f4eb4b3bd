package org.onevisit.intake;

import java.io.StringReader;
import java.util.Map;

import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;

/**
 * The item the timer tests hand cases in for: promised in 10 working days, legally in 20, of a department of its own;
 * material M1 required and M2 deferrable (容缺).
 */
public final class TimedItem {

    public static final String CODE = "XK-TTIM-001";

    private TimedItem() {
    }

    public static void load(CatalogEditing catalog) {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TTIM", 9303) + "items:\n"
                + TestCatalogs.item(CODE, "时限测试事项", "ADMINISTRATIVE_LICENCE", "TTIM", 20, 10);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
    }

    /** A case received at the counter today with the materials given. */
    public static IntakeCase received(Intake intake, Map<String, MaterialStatus> materials) {
        return intake.submit(CaseBuilder.aCase().of(CODE)
                .withApplicant(ApplicantBuilder.aPerson().named("孙八").withPhone("13500002222")).withMaterials(materials)
                .build(), "clerk");
    }
}
