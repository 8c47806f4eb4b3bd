package org.onevisit.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.casework.WatchedClock;
import org.onevisit.casework.CaseworkFixtures;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The review pages: a department's inbox with its lights, the case page where each department answers its own
 * task, the lead department decides once every review is in, and the case's history is listed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewPagesTests {

    /** Reviewed by its own department TRVA (lead) and jointly by TRVB. */
    static final String ITEM = CaseworkFixtures.ITEM;

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @Autowired
    org.onevisit.casework.Deciding deciding;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void the_item_and_its_reviewers_exist() {
        load(catalog, staff);
    }

    static void load(CatalogEditing catalog, StaffAccounts staff) {
        CaseworkFixtures.load(catalog, staff);
    }

    /** A case of the item accepted at the counter, once the planner (after the commit) has opened both reviews. */
    static String acceptedCase(Intake intake, CounterDecisions decisions, Reviewing reviewing) throws InterruptedException {
        String number = intake.submit(aCase().of(ITEM).withApplicant(aPerson().named("周九").withPhone("13300003333"))
                .providing("M1", "M2").build(), "clerk")
                .number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        List<ReviewTask> tasks = reviewing.ofCase(number);
        if (tasks.size() == 2 && tasks.stream().allMatch(t -> t.status() == TaskStatus.OPEN)) {
            return number;
        }
        throw new AssertionError("The acceptance of " + number + " did not open its two reviews: " + tasks);
    }

    private ReviewTask task(String number, String department) {
        return reviewing.ofCase(number).stream().filter(t -> t.department().equals(department)).findFirst().orElseThrow();
    }

    private static RequestPostProcessor reviewer(String username) {
        return user(username).roles("REVIEWER");
    }

    @Test
    void a_reviewers_inbox_shows_the_task_of_their_department_with_its_light_and_links_to_the_case() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);

        mvc.perform(get("/staff/reviews").with(reviewer("reviewer-trvb")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("部门待办"), containsString("TRVB"),
                        containsString("href=\"/staff/reviews/cases/" + number + "\""), containsString("light-GREEN"),
                        containsString("剩 10 个工作日"), containsString("2026-11-02"), containsString("审查中"))));
        mvc.perform(get("/staff/reviews").param("light", "RED").with(reviewer("reviewer-trvb")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/staff/reviews/cases/" + number))));
        mvc.perform(get("/staff/reviews").param("lang", "en").with(reviewer("reviewer-trvb")))
                .andExpect(content().string(allOf(containsString("Department inbox"), containsString("10 working days left"))));
    }

    @Test
    void a_row_whose_step_has_an_open_alert_carries_its_tag_and_the_others_none() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);
        ReviewTask step = task(number, "TRVB");
        assertThat(org.onevisit.supervision.alerts.AlertTimers.raise(context, new WatchedClock(WatchedClock.Watched.STEP,
                String.valueOf(step.id()), number, "测试事项", "TRVB", java.time.LocalDate.parse("2026-11-02"), false),
                org.onevisit.supervision.alerts.AlertLevel.YELLOW)).isTrue();
        String other = acceptedCase(intake, decisions, reviewing);

        String page = mvc.perform(get("/staff/reviews").with(reviewer("reviewer-trvb")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cellOf(page, number)).contains("inbox-alert alert-YELLOW").contains("黄牌");
        assertThat(cellOf(page, other)).doesNotContain("inbox-alert");
        String english = mvc.perform(get("/staff/reviews").param("lang", "en").with(reviewer("reviewer-trvb")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cellOf(english, number)).contains("Yellow card");
    }

    /** The inbox's cell of a case's number: its link and whatever tag follows it. */
    private static String cellOf(String page, String number) {
        int at = page.indexOf("href=\"/staff/reviews/cases/" + number + "\"");
        assertThat(at).as("row of " + number).isNotNegative();
        return page.substring(at, page.indexOf("</td>", at));
    }

    @Test
    void a_coordinator_picks_the_department_whose_inbox_to_see_from_a_list_of_names() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);
        RequestPostProcessor coordinator = user("coordinator").roles("COORDINATOR");

        mvc.perform(get("/staff/reviews").with(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<select name=\"department\">"),
                        containsString("<option value=\"TRVB\">测试部门TRVB</option>"), containsString("请从列表中选择"),
                        not(containsString("<input name=\"department\"")))));
        mvc.perform(get("/staff/reviews").param("department", "TRVB").with(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<option value=\"TRVB\" selected=\"selected\">测试部门TRVB</option>"),
                        containsString("href=\"/staff/reviews/cases/" + number + "\""))));
        mvc.perform(get("/staff/reviews").with(reviewer("reviewer-trvb")))
                .andExpect(content().string(not(containsString("<select name=\"department\">"))));
    }

    @Test
    void an_official_answers_their_departments_task_with_the_version_shown() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);
        ReviewTask mine = task(number, "TRVB");

        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trvb")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/tasks/" + mine.id() + "/opinion"),
                        containsString("name=\"version\" value=\"" + mine.version() + "\""), containsString("要求补正"),
                        containsString("周*"), not(containsString("周九")))));

        mvc.perform(post("/staff/reviews/cases/{n}/tasks/{id}/opinion", number, mine.id()).with(reviewer("reviewer-trvb"))
                        .with(csrf()).param("opinion", "CONSENT_WITH_CONDITIONS").param("text", "开工前报送排水方案")
                        .param("version", String.valueOf(mine.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/reviews/cases/" + number));

        ReviewTask answered = task(number, "TRVB");
        assertThat(answered.status()).isEqualTo(TaskStatus.CONSENTED_WITH_CONDITIONS);
        assertThat(answered.answer().by()).isEqualTo("reviewer-trvb");
        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trvb")))
                .andExpect(content().string(allOf(containsString("开工前报送排水方案"), containsString("附条件同意"),
                        not(containsString("/tasks/" + mine.id() + "/opinion")))));
    }

    @Test
    void an_answer_to_a_version_someone_else_answered_meanwhile_shows_the_conflict() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);
        ReviewTask shown = task(number, "TRVB");
        reviewing.decide(shown.id(), Opinion.CONSENT, "", "reviewer-trvb2", shown.version());

        mvc.perform(post("/staff/reviews/cases/{n}/tasks/{id}/opinion", number, shown.id()).with(reviewer("reviewer-trvb"))
                        .with(csrf()).param("opinion", "OBJECTION").param("text", "不符合规划")
                        .param("version", String.valueOf(shown.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("刚被他人处理过")));

        assertThat(task(number, "TRVB").answer().by()).isEqualTo("reviewer-trvb2");
    }

    @Test
    void a_refused_opinion_keeps_what_was_typed() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);
        ReviewTask mine = task(number, "TRVB");

        mvc.perform(post("/staff/reviews/cases/{n}/tasks/{id}/opinion", number, mine.id()).with(reviewer("reviewer-trvb"))
                        .with(csrf()).param("opinion", "OBJECTION").param("text", "  ")
                        .param("version", String.valueOf(mine.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("须写明具体意见"),
                        containsString("value=\"OBJECTION\" required checked=\"checked\""))));
        assertThat(task(number, "TRVB").status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void the_lead_department_decides_once_every_review_is_in_answering_the_objection() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);
        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trva")))
                .andExpect(content().string(not(containsString("/decision\""))));
        reviewing.decide(task(number, "TRVB").id(), Opinion.OBJECTION, "排水方案不符合规范", "reviewer-trvb", null);
        reviewing.decide(task(number, "TRVA").id(), Opinion.CONSENT, "", "reviewer-trva", null);

        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trva")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/items/" + ITEM + "/decision\""),
                        containsString("须逐条回应"))));
        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trvb")))
                .andExpect(content().string(not(containsString("/items/" + ITEM + "/decision\""))));

        mvc.perform(post("/staff/reviews/cases/{n}/items/{code}/decision", number, ITEM).with(reviewer("reviewer-trva"))
                        .with(csrf()).param("approve", "true").param("reasons", "").param("confirmed", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("须写明理由并回应不同意见")));
        mvc.perform(post("/staff/reviews/cases/{n}/items/{code}/decision", number, ITEM).with(reviewer("reviewer-trva"))
                        .with(csrf()).param("approve", "true").param("reasons", "经复核，排水方案已按规范调整"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("确认审批决定"), containsString("经复核，排水方案已按规范调整"),
                        containsString("name=\"confirmed\" value=\"true\""))));
        assertThat(deciding.decisionsOf(number)).isEmpty();
        mvc.perform(post("/staff/reviews/cases/{n}/items/{code}/decision", number, ITEM).with(reviewer("reviewer-trvb"))
                        .with(csrf()).param("approve", "true").param("reasons", "越权"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/reviews/cases/{n}/items/{code}/decision", number, ITEM).with(reviewer("reviewer-trva"))
                        .with(csrf()).param("approve", "true").param("reasons", "经复核，排水方案已按规范调整")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trva")))
                .andExpect(content().string(allOf(containsString("已决定：准予许可"),
                        not(containsString("/items/" + ITEM + "/decision\"")))));
        mvc.perform(post("/staff/reviews/cases/{n}/items/{code}/decision", number, ITEM).with(reviewer("reviewer-trva"))
                        .with(csrf()).param("approve", "false").param("reasons", "重复").param("confirmed", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已作出决定")));
    }

    @Test
    void a_reviewer_of_another_department_has_no_form_for_the_task_and_a_forged_answer_is_refused() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);
        ReviewTask theirs = task(number, "TRVA");

        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trvb")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/tasks/" + task(number, "TRVB").id() + "/opinion"),
                        not(containsString("/tasks/" + theirs.id() + "/opinion")),
                        not(containsString("/tasks/" + theirs.id() + "/extension")))));

        mvc.perform(post("/staff/reviews/cases/{n}/tasks/{id}/opinion", number, theirs.id()).with(reviewer("reviewer-trvb"))
                        .with(csrf()).param("opinion", "CONSENT").param("text", "")
                        .param("version", String.valueOf(theirs.version())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只有任务所属部门 TRVA 的审查人员或首席代表可以办理此项审查，reviewer-trvb 不是。")));
        assertThat(task(number, "TRVA").status()).isEqualTo(TaskStatus.OPEN);

        mvc.perform(post("/staff/reviews/cases/{n}/items/{code}/decision-on-the-spot", number, ITEM)
                        .with(reviewer("reviewer-trvb")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("reviewer-trvb 的授权清单不包含事项 " + ITEM + "，不能当场决定。")));
    }

    @Test
    void a_correction_request_stops_the_clock_and_the_review_resumes_when_the_corrections_arrive() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);
        ReviewTask mine = task(number, "TRVB");
        reviewing.decide(mine.id(), Opinion.CORRECTION, "补充排水设计图", "reviewer-trvb", null);

        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trvb")))
                .andExpect(content().string(allOf(containsString("待补正"), containsString("暂停计时"),
                        containsString("/tasks/" + mine.id() + "/resumption"))));
        mvc.perform(post("/staff/reviews/cases/{n}/tasks/{id}/resumption", number, mine.id())
                        .with(reviewer("reviewer-trvb")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(task(number, "TRVB").status()).isEqualTo(TaskStatus.OPEN);

        mvc.perform(post("/staff/reviews/cases/{n}/tasks/{id}/extension", number, mine.id())
                        .with(reviewer("reviewer-trvb")).with(csrf()).param("approvedBy", "王局长").param("reason", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("须填写批准人和理由"), containsString("value=\"王局长\""))));
        mvc.perform(post("/staff/reviews/cases/{n}/tasks/{id}/extension", number, mine.id())
                        .with(reviewer("reviewer-trvb")).with(csrf()).param("approvedBy", "王副市长").param("reason", "需现场核实"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trvb")))
                .andExpect(content().string(allOf(containsString("延长 15 个工作日：经本级人民政府负责人王副市长批准：需现场核实"),
                        containsString("已延长 15 个工作日（经本级人民政府负责人王副市长批准：需现场核实）"))));
    }

    @Test
    void the_timeline_lists_every_event_of_the_case_oldest_first() throws Exception {
        String number = acceptedCase(intake, decisions, reviewing);
        reviewing.decide(task(number, "TRVB").id(), Opinion.CONSENT, "", "reviewer-trvb", null);

        String page = mvc.perform(get("/staff/reviews/cases/{n}", number).with(reviewer("reviewer-trva")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String timeline = page.substring(page.indexOf("review-timeline"));
        assertThat(timeline).contains("收件", "受理", "部门审查意见", "审查员 TRVB", " · 测试部门TRVB", "审查中", "→", "同意")
                .doesNotContain("reviewer-trvb", ITEM + "/TRVB");
        assertThat(timeline.indexOf("收件")).isLessThan(timeline.indexOf("受理"));
        assertThat(timeline.indexOf("受理")).isLessThan(timeline.indexOf("部门审查意见"));
    }

    @Test
    void an_unknown_case_is_a_not_found_page() throws Exception {
        mvc.perform(get("/staff/reviews/cases/{n}", "330999-20000101-99999").with(reviewer("reviewer-trvb")))
                .andExpect(status().isNotFound());
    }

    @Test
    void deciding_on_the_spot_is_offered_only_to_a_chief_representative_holding_the_delegation() throws Exception {
        // 企业设立登记 is in the demo delegation list of the market regulation bureau's chief representative only
        String item = "XK-SCJG-001";
        String number = intake.submit(aCase().of(item)
                .withApplicant(aCompany().named("示例当场科技有限公司").withPhone("13200004444").representedBy("吴十"))
                .providingAll(intake.materialsOf(item, false)).build(), "clerk").number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));

        mvc.perform(get("/staff/reviews/cases/{n}", number).with(user("scjg-chief").roles("CHIEF_REPRESENTATIVE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("decision-on-the-spot")))
                // a company's name is public and shown in full
                .andExpect(content().string(containsString("示例当场科技有限公司")));
        mvc.perform(get("/staff/reviews/cases/{n}", number).with(user("bdc-chief").roles("CHIEF_REPRESENTATIVE")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("decision-on-the-spot"))));
    }
}
