package org.onevisit.intake.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Deficiency;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The public status page: the number and the phone's last four digits show the progress, masked; nothing else does. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseStatusPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    CatalogEditing editing;

    String id;
    IntakeCase c;

    @BeforeEach
    void a_case_awaits_a_supplement() throws Exception {
        WorkbenchPagesTests.load(editing);
        id = WorkbenchPagesTests.anIdNumber();
        IntakeCase received = intake.submit(aCase().of(WorkbenchPagesTests.ITEM)
                .withIdempotencyKey(WorkbenchPagesTests.key())
                .withApplicant(aPerson().identifiedBy(id).named("张小明").withPhone("13912344321")).providing("M1")
                .build(), "clerk");
        c = decisions.notifyDeficiencies(received.number().value(),
                java.util.List.of(new Deficiency("M2", "", "未提交")), new Act("clerk", Channel.COUNTER, received.version()));
    }

    @Test
    void the_qr_code_link_fills_in_the_number() throws Exception {
        mvc.perform(get("/status").param("case", c.number().value()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + c.number() + "\""),
                        containsString("手机号码后四位"), not(containsString("张小明")))));
    }

    @Test
    void the_right_digits_show_the_progress_with_personal_data_masked() throws Exception {
        mvc.perform(post("/status").with(csrf()).param("caseNumber", c.number().value()).param("lastFour", "4321"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("待补正"), containsString("受理台测试许可"),
                        containsString("张**"), containsString(id.substring(0, 6) + "********" + id.substring(14)),
                        containsString("授权委托书：未提交"), containsString("跑动次数"),
                        not(containsString("张小明")), not(containsString(id)), not(containsString("13912344321")))));
    }

    @Test
    void wrong_digits_and_a_wrong_number_get_the_same_neutral_answer() throws Exception {
        String neutral = "没有查到相符的办件，请核对办件编号和手机号码后四位。";
        mvc.perform(post("/status").with(csrf()).param("caseNumber", c.number().value()).param("lastFour", "1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(neutral), not(containsString("待补正")),
                        not(containsString("受理台测试许可")))));
        mvc.perform(post("/status").with(csrf()).param("caseNumber", "330999-20000101-99999").param("lastFour", "4321"))
                .andExpect(content().string(allOf(containsString(neutral), not(containsString("受理台测试许可")))));
        mvc.perform(post("/status").with(csrf()).param("caseNumber", "不是编号").param("lastFour", "43"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(neutral)));
    }

    @Test
    void the_page_speaks_english_on_request() throws Exception {
        mvc.perform(post("/status").with(csrf()).param("caseNumber", c.number().value()).param("lastFour", "4321")
                        .param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Awaiting supplement"), containsString("Case status"))));
    }
}
