package org.onevisit.casework;

import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.StringReader;
import java.util.Set;

import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;

/**
 * A licence reviewed by its own department TRVA and jointly by TRVB, with a reviewer in each and TRVA's chief
 * representative ({@value #CHIEF}), whose rule deems a missed review deadline consent (超时默认); and accepted cases
 * of it.
 */
public final class CaseworkFixtures {

    public static final String ITEM = "XK-TRVA-001";
    /** The chief representative of TRVA, the item's lead department. */
    public static final String CHIEF = "chief-trva";

    private CaseworkFixtures() {
    }

    public static void load(CatalogEditing catalog, StaffAccounts staff) {
        String item = TestCatalogs.item(ITEM, "联合审查测试许可", "ADMINISTRATIVE_LICENCE", "TRVA", 20, 10)
                .replace("    servedParty: BOTH\n", "    servedParty: BOTH\n    jointDepartments: [TRVB]\n")
                .replace("    resultType:", "    deemedConsent: true\n    resultType:");
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TRVA", 9411)
                + TestCatalogs.department("TRVB", 9412) + "items:\n" + item;
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
        open(staff, "reviewer-trva", "TRVA");
        open(staff, "reviewer-trvb", "TRVB");
        open(staff, "reviewer-trvb2", "TRVB");
        open(staff, CHIEF, "TRVA", StaffRole.CHIEF_REPRESENTATIVE);
    }

    private static void open(StaffAccounts staff, String username, String department) {
        open(staff, username, department, StaffRole.REVIEWER);
    }

    private static void open(StaffAccounts staff, String username, String department, StaffRole role) {
        if (staff.find(username).isEmpty()) {
            staff.open(new NewStaffMember(username, "审查员 " + department, department, Set.of(role), "review-pass-1"));
        }
    }

    public static IntakeCase accepted(Intake intake, CounterDecisions decisions) {
        IntakeCase c = intake.submit(aCase().of(ITEM).withApplicant(aPerson().named("周九").withPhone("13300003333"))
                .providing("M1", "M2").build(), "clerk");
        return decisions.accept(c.number().value(), new CounterDecisions.Act("clerk", Channel.COUNTER, null));
    }
}
