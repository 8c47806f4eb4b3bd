package org.onevisit.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DocumentedSecrets;
import org.onevisit.platform.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts, loaded only with {@code onevisit.demo-data=true}: one member of staff per role, two
 * applicants with made-up numbers (checksums computed, region 330999 of the example city), and the
 * delegation lists of two chief representatives. Every demo account has the password
 * {@value #PASSWORD} and the demo flag. Loading again adds only what is missing.
 */
@Component
@Order(DemoPeople.ORDER)
@ConditionalOnBooleanProperty("onevisit.demo-data")
class DemoPeople implements StartupData {

    static final int ORDER = 100;
    static final String PASSWORD = DocumentedSecrets.DEMO_PASSWORD;
    static final String PERSON_ID_NUMBER = withCheck("33099919900307123");
    static final String COMPANY_CREDIT_CODE = companyCode("91330999", "MA2K7Y3C");
    static final String PERSON_PHONE = "13800000001";
    static final String COMPANY_PHONE = "13800000002";
    private static final LocalDate DELEGATED_SINCE = LocalDate.of(2025, 1, 1);

    private record DemoStaff(String username, String displayName, @Nullable String department, Set<StaffRole> roles,
            List<String> delegatedItems, @Nullable String counter) {

        DemoStaff(String username, String displayName, @Nullable String department, Set<StaffRole> roles,
                List<String> delegatedItems) {
            this(username, displayName, department, roles, delegatedItems, null);
        }
    }

    private static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("admin", "演示管理员", null, Set.of(StaffRole.ADMIN), List.of()),
            new DemoStaff("clerk", "王敏（综合窗口）", null, Set.of(StaffRole.CLERK), List.of(), "A01"),
            new DemoStaff("scjg-chief", "李强（市场监管首席代表）", "SCJG",
                    Set.of(StaffRole.CHIEF_REPRESENTATIVE, StaffRole.REVIEWER), List.of("XK-SCJG-001", "XK-SCJG-002")),
            new DemoStaff("bdc-chief", "赵静（不动产登记首席代表）", "BDC",
                    Set.of(StaffRole.CHIEF_REPRESENTATIVE, StaffRole.REVIEWER), List.of("QR-BDC-001")),
            new DemoStaff("swj-reviewer", "孙磊（税务审查）", "SWJ", Set.of(StaffRole.REVIEWER), List.of()),
            new DemoStaff("coordinator", "周洁（中心协调）", null, Set.of(StaffRole.COORDINATOR), List.of()),
            new DemoStaff("supervisor", "吴刚（监督）", null, Set.of(StaffRole.SUPERVISOR), List.of()),
            new DemoStaff("scjg-head", "陈红（市场监管局局长）", "SCJG", Set.of(StaffRole.DEPARTMENT_HEAD), List.of()),
            new DemoStaff("scjg-inspector", "刘洋（市场监管局监管小组）", "SCJG", Set.of(StaffRole.REVIEWER), List.of()),
            new DemoStaff("hotline-12345", "12345政务服务便民热线（接口账号）", null, Set.of(StaffRole.HOTLINE), List.of()),
            new DemoStaff("monitor", "运行监控（Prometheus 接口账号）", null, Set.of(StaffRole.MONITOR), List.of()));

    private final StaffAccounts staffAccounts;
    private final StaffMembers staffMembers;
    private final Delegations delegations;
    private final ApplicantAccounts applicantAccounts;
    private final Applicants applicants;
    private final Clock clock;
    private final StaffCounters counters;

    DemoPeople(StaffAccounts staffAccounts, StaffMembers staffMembers, Delegations delegations,
            ApplicantAccounts applicantAccounts, Applicants applicants, Clock clock, StaffCounters counters) {
        this.counters = counters;
        this.staffAccounts = staffAccounts;
        this.staffMembers = staffMembers;
        this.delegations = delegations;
        this.applicantAccounts = applicantAccounts;
        this.applicants = applicants;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        STAFF.forEach(this::load);
        load(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, PERSON_ID_NUMBER, "张三（演示）", PERSON_PHONE, null,
                PASSWORD));
        load(new ApplicantRegistration(ApplicantKind.LEGAL_PERSON, COMPANY_CREDIT_CODE, "示例科技有限公司（演示）",
                COMPANY_PHONE, "李四", PASSWORD));
    }

    private void load(DemoStaff demo) {
        if (!staffMembers.exists(demo.username())) {
            staffAccounts.open(new NewStaffMember(demo.username(), demo.displayName(), demo.department(), demo.roles(),
                    PASSWORD), true);
            if (demo.counter() != null) {
                // the demo clerk sits at the first comprehensive counter from the start; the clerk may move
                counters.seat(demo.username(), demo.counter(), "admin", "SYSTEM");
            }
        }
        long id = staffMembers.idOf(demo.username()).orElseThrow();
        for (String item : demo.delegatedItems()) {
            if (delegations.of(demo.username(), item).isEmpty()) {
                delegations.insert(id, new DelegationGrant(item, DELEGATED_SINCE, null), "admin", clock.instant(), true);
            }
        }
    }

    private void load(ApplicantRegistration registration) {
        if (applicants.byIdentifier(registration.identifier()).isEmpty()) {
            applicantAccounts.register(registration, true);
        }
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String companyCode(String registryAndRegion, String organisation) {
        String first17 = registryAndRegion + organisation + CreditCode.organisationCheckCharacter(organisation);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
