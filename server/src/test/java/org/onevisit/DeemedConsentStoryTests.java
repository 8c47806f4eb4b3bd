package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.casework.CaseworkTimers;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.onevisit.platform.DomainException;
import org.onevisit.supervision.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The reform's story of a late department (超时默认), end to end on the demo catalog's enterprise investment project
 * (企业投资项目一次办), whose items deem a missed deadline consent — the 泰州 rule for industrial projects: the filing
 * is done, land, environment and water review in parallel; the water bureau lets its deadline pass; the timer
 * records its deemed consent, flagged and distinct from a real one; the planning stage opens; the water bureau
 * still owes its opinion within one working day, and its late objection is on the case for the lead department
 * without the case going back. A fire-safety review, whose rule allows no deemed consent, stays open and goes red.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.class)
class DeemedConsentStoryTests {

    private static final String BUNDLE = "YJS-TZXM";

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    AuditTrail trail;

    @Autowired
    StaffAccounts staff;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void every_department_has_a_reviewer() {
        for (String department : List.of("FGJ", "ZRZY", "STHJ", "SLJ", "ZJJ")) {
            String username = "story5-" + department.toLowerCase();
            if (staff.find(username).isEmpty()) {
                staff.open(new NewStaffMember(username, "审查员 " + department, department, Set.of(StaffRole.REVIEWER),
                        "story-pass-5"));
            }
        }
    }

    private static RequestPostProcessor reviewerOf(String department) {
        return user("story5-" + department.toLowerCase()).roles("REVIEWER");
    }

    private String accepted(String subject, boolean bundle) throws InterruptedException {
        Map<String, MaterialStatus> all = intake.materialsOf(subject, bundle).stream()
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        String number = intake.submit(new Submission(UUID.randomUUID().toString(), Channel.COUNTER, subject, bundle,
                new Applicant(true, TestIdentities.aCreditCode(), "示例新材料有限公司", "13700009999", null), null, Map.of(),
                all, false, null), "clerk").number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        assertThat(reviewing.ofCase(number)).isNotEmpty();
        return number;
    }

    private ReviewTask task(String number, String item) {
        return reviewing.ofCase(number).stream().filter(t -> t.itemCode().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void a_department_that_lets_its_deadline_pass_is_deemed_to_consent_and_still_owes_its_opinion() throws Exception {
        MovableClock.CLOCK.setDay("2026-10-19");
        String number = accepted(BUNDLE, true);

        // Stage 1, the filing (备案), is answered the same day.
        reviewing.decide(task(number, "QT-FGJ-001").id(), Opinion.CONSENT, "", "story5-fgj", null);
        // Stage 2 runs in parallel: seven working days each, to Wednesday 10-28.
        assertThat(reviewing.ofCase(number)).filteredOn(t -> t.terms().stageKey().equals("S2"))
                .extracting(ReviewTask::department, ReviewTask::status, t -> t.clock().deadline(), t -> t.terms().deemable())
                .containsExactlyInAnyOrder(
                        tuple("ZRZY", TaskStatus.OPEN, LocalDate.parse("2026-10-28"), true),
                        tuple("STHJ", TaskStatus.OPEN, LocalDate.parse("2026-10-28"), true),
                        tuple("SLJ", TaskStatus.OPEN, LocalDate.parse("2026-10-28"), true));
        MovableClock.CLOCK.setDay("2026-10-20");
        reviewing.decide(task(number, "XK-ZRZY-001").id(), Opinion.CONSENT, "", "story5-zrzy", null);
        reviewing.decide(task(number, "XK-STHJ-002").id(), Opinion.CONSENT_WITH_CONDITIONS, "施工期落实扬尘防治措施",
                "story5-sthj", null);

        // On the last day nothing is deemed yet; the day after, the water bureau's silence counts as consent.
        MovableClock.CLOCK.setDay("2026-10-28");
        CaseworkTimers.deemLateReviewsConsented(context);
        assertThat(task(number, "XK-SLJ-002").status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task(number, "XK-ZRZY-003").status()).isEqualTo(TaskStatus.WAITING);

        MovableClock.CLOCK.setDay("2026-10-29");
        CaseworkTimers.deemLateReviewsConsented(context);
        ReviewTask deemed = task(number, "XK-SLJ-002");
        assertThat(deemed.status()).isEqualTo(TaskStatus.DEEMED_CONSENT).isNotEqualTo(TaskStatus.CONSENTED);
        assertThat(deemed.answer().by()).isEqualTo("system");
        assertThat(deemed.answer().text()).isEqualTo("超时未出具意见，视为同意");
        // 泰州: the defaulting department gives its opinion within one working day.
        assertThat(deemed.owed().due()).isEqualTo(LocalDate.parse("2026-10-30"));
        assertThat(deemed.owed().given()).isFalse();
        // The case moves on: the planning permit's review opens.
        ReviewTask planning = task(number, "XK-ZRZY-003");
        assertThat(planning.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(planning.clock().openedOn()).isEqualTo(LocalDate.parse("2026-10-29"));
        assertThat(trail.history("case", number)).filteredOn(r -> r.action().equals("deemConsent")).singleElement()
                .satisfies(r -> {
                    assertThat(r.actor()).isEqualTo("system");
                    assertThat(r.after()).containsEntry("task", "XK-SLJ-002/SLJ").containsEntry("opinionDue", "2026-10-30");
                });

        // The water bureau's inbox: the owed opinion, with its due day, under the "owed opinions" filter.
        mvc.perform(get("/staff/reviews").param("status", "OWED").with(reviewerOf("SLJ")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(number), containsString("超时默认，须于 2026-10-30 前补出意见"))));
        mvc.perform(get("/api/v1/casework/inbox").with(reviewerOf("SLJ")))
                .andExpect(jsonPath("$[?(@.id == " + deemed.id() + ")].opinionOwedBy").value(hasItem("2026-10-30")))
                .andExpect(jsonPath("$[?(@.id == " + deemed.id() + ")].status").value(hasItem("DEEMED_CONSENT")))
                .andExpect(jsonPath("$[?(@.id == " + deemed.id() + ")].light").value(hasItem("YELLOW")));

        // Only the late department answers for itself.
        mvc.perform(post("/api/v1/reviews/{id}/late-opinion", deemed.id()).with(reviewerOf("ZRZY"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"CONSENT\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("casework-not-your-department"));
        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewerOf("SLJ")))
                .andExpect(content().string(containsString("/tasks/" + deemed.id() + "/late-opinion")));

        // The late opinion is an objection: on record, the task still deemed consent, nothing rolled back.
        MovableClock.CLOCK.setDay("2026-10-30");
        mvc.perform(post("/staff/reviews/cases/{n}/tasks/{id}/late-opinion", number, deemed.id()).with(reviewerOf("SLJ"))
                        .with(csrf()).param("opinion", "OBJECTION").param("text", "取水口位于水源保护区内，不同意"))
                .andExpect(status().is3xxRedirection());
        ReviewTask answered = task(number, "XK-SLJ-002");
        assertThat(answered.status()).isEqualTo(TaskStatus.DEEMED_CONSENT);
        assertThat(answered.owed().answer()).isEqualTo(Opinion.OBJECTION);
        assertThat(answered.owed().by()).isEqualTo("story5-slj");
        assertThat(task(number, "XK-ZRZY-003").status()).isEqualTo(TaskStatus.OPEN);
        assertThatThrownBy(() -> reviewing.giveLateOpinion(answered.id(), Opinion.CONSENT, "", "story5-slj"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-late-opinion-given"));
        assertThat(trail.history("case", number)).anyMatch(r -> r.action().equals("lateOpinion"));

        // The lead department sees the objection on the case; the owed-opinions filter is empty again.
        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewerOf("FGJ")))
                .andExpect(content().string(allOf(
                        containsString("部门 SLJ 在超时默认后补出不同意意见：取水口位于水源保护区内，不同意"),
                        containsString("补出意见：不同意"), containsString("由 story5-slj 于 2026-10-30"),
                        not(containsString("/tasks/" + deemed.id() + "/late-opinion")))));
        mvc.perform(get("/staff/reviews").param("status", "OWED").with(reviewerOf("SLJ")))
                .andExpect(content().string(not(containsString(number))));

        // The case continues to decision, item by item in the order of the plan; the late objection is answered.
        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewerOf("SLJ")))
                .andExpect(content().string(allOf(containsString("须先对事项 QT-FGJ-001 作出决定"),
                        not(containsString("/items/XK-SLJ-002/decision\"")))));
        deciding.decide(number, "QT-FGJ-001", true, "", "story5-fgj");
        assertThatThrownBy(() -> deciding.decide(number, "XK-SLJ-002", true, "", "story5-slj"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-decision-reasons-missing"));
        deciding.decide(number, "XK-SLJ-002", true, "取水口经复核已调整至保护区外，准予", "story5-slj");
        deciding.decide(number, "XK-ZRZY-001", true, "", "story5-zrzy");
        assertThat(deciding.decisionsOf(number)).extracting(Deciding.Decision::itemCode)
                .containsExactly("QT-FGJ-001", "XK-SLJ-002", "XK-ZRZY-001");
    }

    @Test
    void a_review_whose_rule_allows_no_deemed_consent_stays_open_and_goes_red() throws Exception {
        mvc.perform(get("/catalog/items/XK-ZJJ-002"))
                .andExpect(content().string(containsString("部门逾期未出具审查意见的，不视为同意")));
        mvc.perform(get("/catalog/items/XK-SLJ-002"))
                .andExpect(content().string(containsString("视为同意（超时默认）")));

        MovableClock.CLOCK.setDay("2026-10-19");
        String number = accepted("XK-ZJJ-002", false);
        ReviewTask fire = task(number, "XK-ZJJ-002");
        assertThat(fire.terms().deemable()).isFalse();
        assertThat(fire.clock().deadline()).isEqualTo(LocalDate.parse("2026-10-28"));

        MovableClock.CLOCK.setDay("2026-10-30");
        CaseworkTimers.deemLateReviewsConsented(context);
        assertThat(task(number, "XK-ZJJ-002").status()).isEqualTo(TaskStatus.OPEN);
        mvc.perform(get("/api/v1/cases/{n}/reviews", number).with(reviewerOf("ZJJ")))
                .andExpect(jsonPath("$[0].light").value("RED"))
                .andExpect(jsonPath("$[0].workingDaysLeft").value(-2))
                .andExpect(jsonPath("$[0].deemedConsent").value(false));
    }
}
