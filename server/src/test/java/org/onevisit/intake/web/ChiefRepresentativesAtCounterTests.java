package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Intake;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A centre that lets its chief representatives work at the counter too: each does it for their own department's
 * items, and for no other department's.
 */
@SpringBootTest(properties = "onevisit.counter.chief-representatives-at-counter=true")
@AutoConfigureMockMvc
class ChiefRepresentativesAtCounterTests {

    private static final RequestPostProcessor SCJG_CHIEF = user("scjg-chief").roles("CHIEF_REPRESENTATIVE", "REVIEWER");
    private static final RequestPostProcessor SWJ_REVIEWER = user("swj-reviewer").roles("REVIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    /** A case of the item handed in at the counter with every material, received. */
    private String received(String item) {
        var submission = aCase().of(item).withApplicant(aPerson().named("周九").withPhone("13300003333"))
                .providingAll(intake.materialsOf(item, false));
        if (!intake.applicantRolesOf(item, false).isEmpty()) {
            submission.asBuyerWithASeller();
        }
        return intake.submit(submission.build(), "clerk").number().value();
    }

    @Test
    void a_chief_representative_accepts_their_own_departments_cases_at_the_counter() throws Exception {
        String own = received("XK-SCJG-002");

        mvc.perform(get("/staff/counter").with(SCJG_CHIEF)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/staff/counter\"")));
        mvc.perform(post("/api/v1/cases/{n}/acceptance", own).with(SCJG_CHIEF)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    @Test
    void a_chief_representative_takes_no_other_departments_case_at_the_counter() throws Exception {
        String landRegistry = received("QR-BDC-001");

        mvc.perform(post("/api/v1/cases/{n}/acceptance", landRegistry).with(SCJG_CHIEF).header("Accept-Language", "zh-CN"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("intake-counter-own-department-only"))
                .andExpect(jsonPath("$.detail").value("首席代表只能在窗口办理本部门的事项。"));
        mvc.perform(post("/api/v1/cases/{n}/refusal", landRegistry).with(SCJG_CHIEF).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"不属于本机关职权范围\", \"remedies\": \"可申请行政复议\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/counter/cases/{n}/accept", landRegistry).with(SCJG_CHIEF).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases").with(SCJG_CHIEF).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel": "COUNTER", "item": "QR-BDC-001", "applicant": {"kind": "NATURAL_PERSON",
                                 "idNumber": "%s", "name": "孙八", "phone": "13500001111"}}"""
                                .formatted(TestIdentities.aResidentIdNumber())))
                .andExpect(status().isForbidden());
        assertThat(intake.find(landRegistry).status()).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void reviewers_still_do_no_counter_work() throws Exception {
        mvc.perform(get("/staff/counter").with(SWJ_REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/staff").with(SWJ_REVIEWER)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/staff/counter\""))));
    }
}
