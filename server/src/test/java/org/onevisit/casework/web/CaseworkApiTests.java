package org.onevisit.casework.web;

import static org.hamcrest.Matchers.hasItem;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.casework.CaseworkFixtures;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.TestOfficials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CaseworkApiTests {

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

    private ReviewTask openTaskOf(String department) throws InterruptedException {
        CaseworkFixtures.load(catalog, staff);
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        List<ReviewTask> tasks = reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).toList();
        return tasks.stream().filter(t -> t.department().equals(department)).findFirst().orElseThrow();
    }

    /** An official of the department of the case's item. */
    private org.springframework.test.web.servlet.request.RequestPostProcessor official(IntakeCase c, String item) {
        String department = c.application().items().stream().filter(i -> i.code().equals(item)).findFirst()
                .orElseThrow().department();
        return user(TestOfficials.of(staff, department)).roles("REVIEWER", "CHIEF_REPRESENTATIVE");
    }

    @Autowired
    org.onevisit.casework.ReviewClock reviewClock;

    @Test
    void each_review_shows_its_suspension_and_its_extension_with_dates_reasons_and_days() throws Exception {
        ReviewTask trvb = openTaskOf("TRVB");
        ReviewTask trva = reviewing.ofCase(trvb.caseNumber()).stream().filter(t -> t.department().equals("TRVA"))
                .findFirst().orElseThrow();
        reviewClock.suspend(trva.id(), org.onevisit.catalog.SpecialProcedureKind.EXPERT_REVIEW, "组织专家论证排水方案",
                "reviewer-trva");
        reviewClock.extend(trvb.id(), "王副市长", "需现场核实", "reviewer-trvb");

        mvc.perform(get("/api/v1/cases/{n}/reviews", trvb.caseNumber()).with(user("reviewer-trva").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.department == 'TRVA')].suspension.since").value(hasItem("2026-10-19")))
                .andExpect(jsonPath("$[?(@.department == 'TRVA')].suspension.reason").value(hasItem("EXPERT_REVIEW")))
                .andExpect(jsonPath("$[?(@.department == 'TRVA')].suspension.note").value(hasItem("组织专家论证排水方案")))
                .andExpect(jsonPath("$[?(@.department == 'TRVA')].suspension.daysStoodStill").value(hasItem(0)))
                .andExpect(jsonPath("$[?(@.department == 'TRVA')].extension").value(hasItem(org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$[?(@.department == 'TRVB')].extension.days").value(hasItem(15)))
                .andExpect(jsonPath("$[?(@.department == 'TRVB')].extension.note")
                        .value(hasItem("经本级人民政府负责人王副市长批准：需现场核实")))
                .andExpect(jsonPath("$[?(@.department == 'TRVB')].suspension").value(hasItem(org.hamcrest.Matchers.nullValue())));
    }

    @Test
    void a_departments_inbox_lists_its_open_tasks_with_their_lights() throws Exception {
        ReviewTask task = openTaskOf("TRVB");

        mvc.perform(get("/api/v1/casework/inbox").with(user("reviewer-trvb").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) task.id())))
                .andExpect(jsonPath("$[?(@.id == " + task.id() + ")].light").value(hasItem("GREEN")))
                .andExpect(jsonPath("$[?(@.id == " + task.id() + ")].workingDaysLeft").value(hasItem(10)));
    }

    @Test
    void an_opinion_on_a_version_someone_else_answered_is_a_conflict() throws Exception {
        ReviewTask task = openTaskOf("TRVB");
        String body = "{\"opinion\": \"CONSENT\", \"version\": " + task.version() + "}";

        mvc.perform(post("/api/v1/reviews/{id}/opinion", task.id()).with(user("reviewer-trvb").roles("REVIEWER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONSENTED"));
        mvc.perform(post("/api/v1/reviews/{id}/opinion", task.id()).with(user("reviewer-trvb").roles("REVIEWER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("casework-task-changed"));
    }

    @Test
    void an_objection_without_reasons_is_refused_naming_the_rule() throws Exception {
        ReviewTask task = openTaskOf("TRVA");

        mvc.perform(post("/api/v1/reviews/{id}/opinion", task.id()).with(user("reviewer-trva").roles("REVIEWER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"OBJECTION\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("casework-opinion-reasons-missing"));
    }

    @Test
    void reviews_need_an_official() throws Exception {
        mvc.perform(post("/api/v1/reviews/1/opinion").contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"CONSENT\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/reviews/1/opinion").with(user("clerk").roles("CLERK"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"CONSENT\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_review_is_named_by_its_number_as_given() throws Exception {
        mvc.perform(post("/api/v1/reviews/{id}/opinion", 999999).with(user("reviewer-trvb").roles("REVIEWER"))
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"CONSENT\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("casework-task-not-found"))
                .andExpect(jsonPath("$.detail").value("未找到审查任务 999999。"));
    }

    @Test
    void in_a_bundle_an_item_is_decided_only_after_the_items_of_the_stages_before_it() throws Exception {
        String bundle = "YJS-BDCJY";
        IntakeCase c = intake.submit(aCase().ofBundle(bundle).asBuyerWithASeller()
                .withApplicant(aPerson().named("冯十六").withPhone("13800008888"))
                .providingAll(intake.materialsOf(bundle, true)).build(), "clerk");
        String number = c.number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        for (int stage = 0; stage < 3; stage++) {
            for (ReviewTask t : reviewing.ofCase(number).stream()
                    .filter(t -> t.status() == TaskStatus.OPEN).toList()) {
                reviewing.decide(t.id(), Opinion.CONSENT, "", TestOfficials.of(staff, t.department()), null);
            }
        }

        // QR-BDC-001 (transfer registration) is in stage S2; the first S1 item by code is QR-BDC-003.
        mvc.perform(post("/api/v1/cases/{n}/items/{code}/decision", number, "QR-BDC-001")
                        .with(official(c, "QR-BDC-001")).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\": true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("casework-decide-in-plan-order"))
                .andExpect(jsonPath("$.detail").value("请先对事项 QR-BDC-003 作出决定：按照一件事的办理计划，它在事项 QR-BDC-001 之前。"));

        for (String first : List.of("QT-ZJJ-001", "QT-SWJ-001", "SH-NSYH-002", "QR-BDC-003")) {
            mvc.perform(post("/api/v1/cases/{n}/items/{code}/decision", number, first).with(official(c, first))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"approve\": true}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/cases/{n}/items/{code}/decision", number, "QR-BDC-001").with(official(c, "QR-BDC-001"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\": true}"))
                .andExpect(status().isOk());
    }
}
