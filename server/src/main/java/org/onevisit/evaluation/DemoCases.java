package org.onevisit.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.delivery.Deliveries;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Deficiency;
import org.onevisit.intake.Intake;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Refusal;
import org.onevisit.intake.RoledApplicant;
import org.onevisit.intake.Submission;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.Actors;
import org.onevisit.platform.DemoSeeds;
import org.onevisit.platform.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo cases (ADR 0039), made once per database when the demo starts with {@code onevisit.demo-data} and
 * {@code onevisit.demo-cases}, after the demo catalog, accounts and supervision group: about fifty cases of the demo
 * applicants, handed in, answered, reviewed, decided, delivered and rated through the product's own facades by the
 * demo staff, as the counter, the departments and the applicants would — so that the dashboard, the ratings and the
 * assessment of the month show the product's own reckoning of them. Every case is made now, on the clock the
 * product runs on: the demo's month is the month of the first start. All of it is one transaction with its claim
 * ({@link DemoSeeds}); if any step fails, nothing is kept, the start goes on without demo cases and the next start
 * tries again.
 */
@Component
@Order(DemoCases.ORDER)
@ConditionalOnBooleanProperty(name = {"onevisit.demo-data", "onevisit.demo-cases"})
class DemoCases implements StartupData {

    /** After the demo catalog (10), the demo accounts (100) and the demo supervision group (150). */
    static final int ORDER = 200;
    static final String SEED = "demo-cases";

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final String CLERK = "clerk";
    private static final String SCJG_CHIEF = "scjg-chief";
    private static final String SCJG_REVIEWER = "scjg-inspector";
    private static final String BDC_CHIEF = "bdc-chief";
    private static final String SWJ_REVIEWER = "swj-reviewer";
    private static final String REMEDIES = "如不服本决定，可自收到之日起六十日内申请行政复议，或六个月内提起行政诉讼。（演示）";

    private final DemoSteps steps;
    private final DemoSeeds seeds;
    private final TransactionTemplate transaction;
    private final DemoApplicants applicants;
    private final Clock clock;

    private int people;
    private int companies;
    private int keys;

    DemoCases(DemoSteps steps, DemoSeeds seeds, PlatformTransactionManager transactions, Clock clock) {
        this.steps = steps;
        this.seeds = seeds;
        this.transaction = new TransactionTemplate(transactions);
        this.applicants = new DemoApplicants(clock);
        this.clock = clock;
    }

    @Override
    public void load() {
        try {
            Integer made = transaction.execute(status -> seeds.claim(SEED) ? seed() : 0);
            if (made != null && made > 0) {
                log.info("Demo cases made: {} cases on {}", made, LocalDate.now(clock));
            }
        } catch (RuntimeException e) {
            log.warn("The demo cases could not be made; the demo starts without them and tries again at the next start",
                    e);
        }
    }

    /** Every demo case, in the order the day would bring them: the number made. */
    private int seed() {
        people = 0;
        companies = 0;
        keys = 0;
        String account = steps.accountOf(applicants.demoPerson());
        int made = 0;

        // 企业设立登记 at the counter, decided on the spot by the chief representative and picked up; rated on the pad,
        // once 不满意, which the department calls back, fixes and answers.
        Grade[] grades = {Grade.VERY_SATISFIED, Grade.VERY_SATISFIED, Grade.SATISFIED, Grade.VERY_SATISFIED,
            Grade.DISSATISFIED};
        for (Grade grade : grades) {
            String n = accepted(atCounter("XK-SCJG-001", company(), companyForm()));
            steps.deciding().decideOnTheSpot(n, "XK-SCJG-001", "材料齐全，符合法定形式，准予登记。（演示）", SCJG_CHIEF);
            pickedUp(n);
            if (grade == Grade.DISSATISFIED) {
                steps.badRatingHandled(steps.padRating(n, grade, "窗口排队等候时间较长。（演示）"), SCJG_CHIEF);
            } else {
                steps.padRating(n, grade, "");
            }
            made++;
        }
        // 个体工商户设立登记 at the counter, on the spot; two of four rated.
        for (int i = 0; i < 4; i++) {
            String n = accepted(atCounter("XK-SCJG-002", person(), Map.of()));
            steps.deciding().decideOnTheSpot(n, "XK-SCJG-002", "准予登记。（演示）", SCJG_CHIEF);
            pickedUp(n);
            if (i < 2) {
                steps.padRating(n, i == 0 ? Grade.VERY_SATISFIED : Grade.SATISFIED, "");
            }
            made++;
        }
        // 个体工商户设立登记 online by the demo person's account: accepted remotely, reviewed, decided, picked up; one
        // rated in the portal.
        for (int i = 0; i < 2; i++) {
            String n = accepted(online("XK-SCJG-002", account), Channel.WEB);
            reviewedAndDecided(n, "XK-SCJG-002", "SCJG", SCJG_REVIEWER, SCJG_CHIEF);
            pickedUp(n);
            if (i == 0) {
                steps.portalRating(n, Grade.VERY_SATISFIED, account);
            }
            made++;
        }
        // 仅销售预包装食品备案, an instant item (即办件): reviewed and decided the same hour.
        for (int i = 0; i < 3; i++) {
            String n = accepted(atCounter("BA-SCJG-001", company(), Map.of()));
            reviewedAndDecided(n, "BA-SCJG-001", "SCJG", SCJG_REVIEWER, SCJG_CHIEF);
            pickedUp(n);
            if (i == 0) {
                steps.padRating(n, Grade.SATISFIED, "");
            }
            made++;
        }
        // 食品经营许可 under review: one awaiting the applicant's correction (补正), one reviewed and awaiting its
        // decision, two still under review.
        for (int i = 0; i < 4; i++) {
            String n = accepted(atCounter("XK-SCJG-005", company(), Map.of("businessPremises",
                    "示例市滨江区江南大道" + (20 + i) + "号（演示）", "mainBusiness", i % 2 == 0 ? "餐饮服务经营者" : "食品销售经营者",
                    "premisesArea", String.valueOf(80 + 40 * i))));
            if (i == 0) {
                review(n, "SCJG", SCJG_REVIEWER, Opinion.CORRECTION, "经营布局图未标明食品处理区与非食品处理区，请补正。（演示）");
            } else if (i == 1) {
                review(n, "SCJG", SCJG_REVIEWER, Opinion.CONSENT, "");
            }
            made++;
        }
        // 容缺受理: 企业设立登记 without its letter of authorisation (M6), accepted on the applicant's signed pledge.
        String pledged = steps.intake().submit(submission("XK-SCJG-001", Channel.COUNTER, company(), companyForm(),
                null, "M6"), CLERK).number().value();
        steps.counter().acceptOnPledge(pledged, "本人承诺于承诺期限内补交授权委托书，逾期未补交的愿承担相应责任。（演示）",
                act(Channel.COUNTER));
        made++;
        // 不动产转移登记 of a house sale, buyer and seller at the counter, decided on the spot and picked up.
        Grade[] houseGrades = {Grade.VERY_SATISFIED, Grade.SATISFIED, Grade.VERY_SATISFIED};
        for (Grade grade : houseGrades) {
            Applicant buyer = person();
            Applicant seller = person();
            Submission s = new Submission(key(), Channel.COUNTER, "QR-BDC-001", false, buyer, null,
                    Map.of("propertyLocation", "示例市滨江区示例花园" + (3 + people) + "幢（演示）", "propertyUse", "住宅"),
                    materials("QR-BDC-001", null), false, null, "buyer", List.of(new RoledApplicant("seller", seller)));
            String n = accepted(steps.intake().submit(s, CLERK).number().value());
            steps.deciding().decideOnTheSpot(n, "QR-BDC-001", "权属清楚，准予登记。（演示）", BDC_CHIEF);
            pickedUp(n);
            if (grade != Grade.SATISFIED) {
                steps.padRating(n, grade, "");
            }
            made++;
        }
        // 不动产抵押登记 under review.
        for (int i = 0; i < 2; i++) {
            accepted(atCounter("QR-BDC-002", person(), Map.of()));
            made++;
        }
        // 新办纳税人涉税事项, an instant item of the tax office, decided the same hour.
        Grade[] taxGrades = {Grade.VERY_SATISFIED, Grade.VERY_SATISFIED, Grade.BASICALLY_SATISFIED};
        for (int i = 0; i < 4; i++) {
            String n = accepted(atCounter("QT-SWJ-002", company(), Map.of()));
            reviewedAndDecided(n, "QT-SWJ-002", "SWJ", SWJ_REVIEWER, SWJ_REVIEWER);
            pickedUp(n);
            if (i < taxGrades.length) {
                steps.padRating(n, taxGrades[i], "");
            }
            made++;
        }
        // 清税申报 under review.
        for (int i = 0; i < 2; i++) {
            accepted(atCounter("QT-SWJ-003", company(), Map.of()));
            made++;
        }
        // Other departments' cases under review, at the counter and online.
        for (String item : List.of("XK-ZJJ-001", "XK-ZJJ-001", "XK-STHJ-003", "XK-RSJ-002")) {
            accepted(atCounter(item, company(), Map.of()));
            made++;
        }
        accepted(atCounter("XK-WJJ-003", person(), Map.of()));
        made++;
        for (String item : List.of("XK-WJJ-003", "GG-GAJ-001", "GG-GJJ-003", "GG-GJJ-003")) {
            accepted(online(item, account), Channel.WEB);
            made++;
        }
        // 一次性告知: a material missing, every deficiency told at once; the applicant is to come back with it.
        for (String item : List.of("XK-SCJG-003", "XK-SCJG-003", "XK-ZJJ-004")) {
            String n = steps.intake().submit(submission(item, Channel.COUNTER, company(), Map.of(), null, "M3"), CLERK)
                    .number().value();
            steps.counter().notifyDeficiencies(n, List.of(new Deficiency("M3", "", "未提交，请补齐后再次递交。（演示）")),
                    act(Channel.COUNTER));
            made++;
        }
        // 不予受理: not a matter of this centre.
        for (String item : List.of("XK-SCJG-006", "XK-GAJ-002")) {
            String n = atCounter(item, company(), Map.of());
            steps.counter().refuse(n, new Refusal("申请事项依法不属于本机关职权范围。（演示）", "示例省相关主管部门（演示）",
                    REMEDIES), act(Channel.COUNTER));
            made++;
        }
        // Handed in at the counter a moment ago, waiting for the counter's answer.
        for (String item : List.of("XK-RSJ-001", "XK-SCJG-009")) {
            atCounter(item, company(), Map.of());
            made++;
        }
        return made;
    }

    private Applicant person() {
        return applicants.person(people++);
    }

    private Applicant company() {
        return applicants.company(companies++);
    }

    private String key() {
        return "demo-case-" + LocalDate.now(clock) + "-" + (++keys);
    }

    private Map<String, String> companyForm() {
        return Map.of("companyName", "示例云帆科技有限公司（演示）", "companyType", "有限责任公司", "registeredCapital", "100",
                "domicile", "示例市滨江区江南大道1号（演示）");
    }

    private String atCounter(String item, Applicant applicant, Map<String, String> form) {
        return steps.intake().submit(submission(item, Channel.COUNTER, applicant, form, null, null), CLERK).number()
                .value();
    }

    private String online(String item, String account) {
        Applicant self = steps.identityOf(account);
        return steps.intake().submit(submission(item, Channel.WEB, self, Map.of(), account, null), account).number()
                .value();
    }

    private Submission submission(String item, Channel channel, Applicant applicant, Map<String, String> form,
            @Nullable String account, @Nullable String missing) {
        return new Submission(key(), channel, item, false, applicant, null, form, materials(item, missing), false,
                account);
    }

    /** Every material of the item handed in, but {@code missing}. */
    private Map<String, MaterialStatus> materials(String item, @Nullable String missing) {
        Map<String, MaterialStatus> materials = new LinkedHashMap<>();
        for (CaseMaterial m : steps.intake().materialsOf(item, false)) {
            if (!m.key().equals(missing)) {
                materials.put(m.key(), MaterialStatus.PROVIDED);
            }
        }
        return materials;
    }

    private String accepted(String number) {
        return accepted(number, Channel.COUNTER);
    }

    /** Accepted by the counter, on the case's own channel: at the counter a visit, online none. */
    private String accepted(String number, Channel channel) {
        steps.counter().accept(number, act(channel));
        return number;
    }

    private static Act act(Channel channel) {
        return new Act(CLERK, channel, null);
    }

    private void review(String number, String department, String reviewer, Opinion opinion, String text) {
        for (ReviewTask task : steps.reviewing().ofCase(number)) {
            if (task.department().equals(department) && task.status() == TaskStatus.OPEN) {
                steps.reviewing().decide(task.id(), opinion, text, reviewer, null);
            }
        }
    }

    private void reviewedAndDecided(String number, String item, String department, String reviewer, String decider) {
        review(number, department, reviewer, Opinion.CONSENT, "");
        steps.deciding().decide(number, item, true, "经审查，符合规定条件，准予办理。（演示）", decider);
    }

    private void pickedUp(String number) {
        steps.deliveries().readyForPickup(number, CLERK);
        steps.deliveries().handOver(number, CLERK);
    }

    /** The facades the demo cases go through, and the few steps that take more than one of them. */
    @Component
    @ConditionalOnBooleanProperty(name = {"onevisit.demo-data", "onevisit.demo-cases"})
    static class DemoSteps {

        private final Intake intake;
        private final CounterDecisions counter;
        private final Reviewing reviewing;
        private final Deciding deciding;
        private final Deliveries deliveries;
        private final DemoRaters raters;

        DemoSteps(Intake intake, CounterDecisions counter, Reviewing reviewing, Deciding deciding,
                Deliveries deliveries, DemoRaters raters) {
            this.intake = intake;
            this.counter = counter;
            this.reviewing = reviewing;
            this.deciding = deciding;
            this.deliveries = deliveries;
            this.raters = raters;
        }

        Intake intake() {
            return intake;
        }

        CounterDecisions counter() {
            return counter;
        }

        Reviewing reviewing() {
            return reviewing;
        }

        Deciding deciding() {
            return deciding;
        }

        Deliveries deliveries() {
            return deliveries;
        }

        String accountOf(String identifier) {
            return raters.accountOf(identifier);
        }

        Applicant identityOf(String account) {
            return raters.identityOf(account);
        }

        Rating padRating(String number, Grade grade, String comment) {
            return raters.padRating(number, grade, comment);
        }

        void portalRating(String number, Grade grade, String account) {
            raters.portalRating(number, grade, account);
        }

        void badRatingHandled(Rating rating, String official) {
            raters.handled(rating, official);
        }
    }

    /** The applicants' side: the demo person's account, ratings on the pad and in the portal, a bad one handled. */
    @Component
    @ConditionalOnBooleanProperty(name = {"onevisit.demo-data", "onevisit.demo-cases"})
    static class DemoRaters {

        private final Evaluation evaluation;
        private final BadRatingHandling badRatings;
        private final ApplicantAccounts accounts;
        private final Actors actors;

        DemoRaters(Evaluation evaluation, BadRatingHandling badRatings, ApplicantAccounts accounts, Actors actors) {
            this.evaluation = evaluation;
            this.badRatings = badRatings;
            this.accounts = accounts;
            this.actors = actors;
        }

        /** The account registered under the identifier, as the counter looks it up (the demo accounts are verified). */
        String accountOf(String identifier) {
            return accounts.forIdentityCheck(identifier, actors.of(CLERK)).orElseThrow(
                    () -> new IllegalStateException("The demo applicant account is missing")).principal();
        }

        Applicant identityOf(String account) {
            var identity = accounts.identity(account).orElseThrow();
            return new Applicant(identity.kind() == org.onevisit.people.ApplicantKind.LEGAL_PERSON,
                    identity.identifier(), identity.name(), identity.phone(), identity.legalRepresentative());
        }

        /** The clerk hands the applicant the counter's pad, on which they rate the case. */
        Rating padRating(String number, Grade grade, String comment) {
            String token = evaluation.handPad(number, CLERK);
            Set<Indicator> reasons = grade.ordinal() >= Grade.DISSATISFIED.ordinal()
                    ? Set.of(Indicator.forChannel(RatingChannel.COUNTER_PAD).get(0)) : Set.of();
            return evaluation.rate(token, grade, reasons, comment);
        }

        void portalRating(String number, Grade grade, String account) {
            evaluation.rate(number, new Answer(grade, Set.of(), "", RatingChannel.PORTAL), account);
        }

        /** 回访, 整改 and 反馈 by the department's official, each at the version the step before left. */
        void handled(Rating rating, String official) {
            var called = badRatings.callBack(rating.id(), 0, "已电话回访申请人，了解排队等候情况。（演示）", official);
            var fixed = badRatings.fix(rating.id(), called.handling().version(), "高峰时段增开企业开办窗口。（演示）",
                    official);
            badRatings.sendFeedback(rating.id(), fixed.handling().version(), "已增开窗口并向申请人致歉。（演示）", official);
        }
    }
}
