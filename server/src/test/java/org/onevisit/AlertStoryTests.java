package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.notification.Notifications;
import org.onevisit.supervision.alerts.AlertTimers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * 预警纠错 on a fixed clock, through the API: a two-stage bundle of a department of its own, its first review due two
 * working days after acceptance, the case as a whole promised in seventeen. The first review nears its deadline: a
 * reminder (预警) to the department's reviewer and chief representative. It passes it: a yellow card to the
 * department's head and the supervisors, to be answered within three working days. Nobody answers: a red card,
 * referred for accountability — while the case as a whole is still on time and raises nothing. A second pass of the
 * timer raises nothing new. A yellow card answered in time does not turn red, and a review whose clock stands still
 * (中止) raises nothing while it does.
 */
@StoryTest
class AlertStoryTests {

    @Autowired
    StoryApi api;

    @Autowired
    ApplicationContext context;

    @Autowired
    Notifications notifications;

    String department;
    String bundle;
    Person clerk;
    Person reviewer;
    Person chief;
    Person head;
    Person supervisor;
    String reviewerName;
    String chiefName;
    String headName;

    @BeforeEach
    void a_department_with_a_two_stage_bundle_and_its_people() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-02");
        int n = ThreadLocalRandom.current().nextInt(20000, 90000);
        department = "AL" + n;
        bundle = "YJS-" + department;
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department(department, n) + "items:\n"
                + TestCatalogs.item("XK-" + department + "-001", "预警测试名称核准", "ADMINISTRATIVE_LICENCE", department, 20, 2)
                + TestCatalogs.item("XK-" + department + "-002", "预警测试经营许可", "ADMINISTRATIVE_LICENCE", department, 20, 15)
                + """
                bundles:
                  - code: %s
                    name: 预警测试一件事
                    description: 先核准名称，再办经营许可。
                    lifeEvents: [BUSINESS_OPERATION]
                    leadDepartment: %s
                    stages:
                      - key: S1
                        name: 名称核准
                        items: [XK-%s-001]
                        after: []
                        joint: NONE
                      - key: S2
                        name: 经营许可
                        items: [XK-%s-002]
                        after: [S1]
                        joint: NONE
                """.formatted(bundle, department, department, department);
        api.as("admin", "ADMIN").upload("/api/v1/catalog/import", "alerts.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        String prefix = department.toLowerCase(Locale.ROOT);
        reviewerName = prefix + "-reviewer";
        chiefName = prefix + "-chief";
        headName = prefix + "-head";
        clerk = api.as("clerk", "CLERK");
        reviewer = api.official(reviewerName, "预警审查员", department, "REVIEWER");
        chief = api.official(chiefName, "预警首席代表", department, "CHIEF_REPRESENTATIVE");
        head = api.official(headName, "预警局长", department, "DEPARTMENT_HEAD");
        supervisor = api.as("supervisor", "SUPERVISOR");
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    /** A case of the bundle accepted today; its number. */
    private String accepted() throws Exception {
        String[] materials = clerk.get("/api/v1/intake/materials?bundle={b}", bundle).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        JsonNode received = clerk.submit(aCase().ofBundle(bundle)
                .withApplicant(aPerson().named("钱十二").withPhone("13900001212")).providing(materials));
        String number = received.get("number").asString();
        clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        return number;
    }

    private JsonNode firstReview(String number) throws Exception {
        return reviewer.get("/api/v1/cases/{n}/reviews", number).get(0);
    }

    /** The alerts on the case the supervisor sees, in the order raised, as "LEVEL WATCHED". */
    private List<String> alertsOf(String number) throws Exception {
        return supervisor.get("/api/v1/alerts?department={d}", department).valueStream()
                .filter(a -> a.get("caseNumber").asString().equals(number))
                .sorted(java.util.Comparator.comparingLong(a -> a.get("id").asLong()))
                .map(a -> a.get("level").asString() + " " + a.get("watched").asString()).toList();
    }

    private JsonNode alertOf(Person who, String number, String level) throws Exception {
        return who.get("/api/v1/alerts?level={l}", level).valueStream()
                .filter(a -> a.get("caseNumber").asString().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + level + " alert on " + number));
    }

    private int timer(String day) {
        MovableClock.CLOCK.setDay(day);
        return AlertTimers.raiseDueAlerts(context);
    }

    @Test
    void a_late_review_step_escalates_from_reminder_to_red_card_while_the_case_is_on_time() throws Exception {
        String number = accepted();
        JsonNode review = firstReview(number);
        assertThat(review.get("deadline").asString()).isEqualTo("2026-11-04");

        // Monday: two working days left, nothing yet.
        timer("2026-11-02");
        assertThat(alertsOf(number)).isEmpty();

        // Tuesday: one working day left — 预警 to the handler and the chief representative, not to the head.
        timer("2026-11-03");
        assertThat(alertsOf(number)).containsExactly("WARNING STEP");
        JsonNode warning = alertOf(reviewer, number, "WARNING");
        assertThat(warning.get("recipients").propertyNames()).contains(reviewerName, chiefName)
                .doesNotContain(headName, "supervisor");
        assertThat(head.get("/api/v1/alerts").valueStream().map(a -> a.get("caseNumber").asString())).doesNotContain(number);
        List<Notifications.StaffMessage> told = notifications.toStaffAbout("alert-" + warning.get("id").asLong());
        assertThat(told).extracting(Notifications.StaffMessage::username).contains(reviewerName, chiefName);
        assertThat(told.get(0).body()).contains("【预警】", number, "预警测试名称核准", "2026-11-04")
                .doesNotContain("钱十二", "13900001212");
        assertThat(timer("2026-11-03")).as("a second pass the same day").isZero();

        // Thursday: the step is overdue — 黄牌 to the head and every supervisor, to be answered by Tuesday 11-10.
        timer("2026-11-05");
        assertThat(alertsOf(number)).containsExactly("WARNING STEP", "YELLOW STEP");
        JsonNode yellow = alertOf(head, number, "YELLOW");
        assertThat(yellow.get("answerBy").asString()).isEqualTo("2026-11-10");
        assertThat(yellow.get("recipients").propertyNames()).contains(headName, "supervisor")
                .doesNotContain(reviewerName);
        assertThat(notifications.toStaffAbout("alert-" + yellow.get("id").asLong()))
                .anySatisfy(m -> assertThat(m.body()).startsWith("【黄牌】").contains("2026-11-10"));
        JsonNode acknowledged = head.post("/api/v1/alerts/{id}/acknowledgement", null, yellow.get("id").asLong());
        assertThat(acknowledged.get("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.get("acknowledgedBy").asString()).isEqualTo(headName);

        // The last day of the period, still unanswered: not red yet.
        timer("2026-11-10");
        assertThat(alertsOf(number)).containsExactly("WARNING STEP", "YELLOW STEP");

        // The period has passed: 红牌, referred for accountability; the case as a whole (promised 11-25) raised nothing.
        timer("2026-11-11");
        assertThat(alertsOf(number)).containsExactly("WARNING STEP", "YELLOW STEP", "RED STEP");
        JsonNode red = alertOf(supervisor, number, "RED");
        assertThat(red.get("referredTo").asString()).isEqualTo("纪检监察机构");
        assertThat(red.get("referredOn").asString()).isEqualTo("2026-11-11");
        assertThat(red.get("recipients").propertyNames()).contains(headName, "supervisor");
        assertThat(notifications.toStaffAbout("alert-" + red.get("id").asLong()))
                .anySatisfy(m -> assertThat(m.body()).startsWith("【红牌】").contains("纪检监察机构"));
        assertThat(timer("2026-11-11")).as("a second pass the same day").isZero();
        assertThat(alertsOf(number)).hasSize(3);
    }

    @Test
    void a_yellow_card_answered_within_its_period_does_not_turn_red() throws Exception {
        String number = accepted();
        timer("2026-11-05");
        JsonNode yellow = alertOf(head, number, "YELLOW");
        assertThat(alertsOf(number)).containsExactly("YELLOW STEP");

        MovableClock.CLOCK.setDay("2026-11-09");
        JsonNode answered = head.post("/api/v1/alerts/{id}/answer", body("version", yellow.get("version").asLong(),
                "answer", "已督促审查人员当日出具意见，逾期原因为材料核验耗时"), yellow.get("id").asLong());
        assertThat(answered.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("answeredBy").asString()).isEqualTo(headName);

        timer("2026-11-11");
        timer("2026-11-20");
        assertThat(alertsOf(number)).containsExactly("YELLOW STEP");
    }

    @Test
    void a_review_whose_clock_stands_still_raises_nothing_while_it_does() throws Exception {
        String number = accepted();
        reviewer.post("/api/v1/reviews/{id}/suspension", body("reason", "EXPERT_REVIEW", "note", "需专家评审"),
                firstReview(number).get("id").asLong());

        timer("2026-11-03");
        timer("2026-11-05");
        timer("2026-11-12");
        assertThat(alertsOf(number)).isEmpty();
    }
}
