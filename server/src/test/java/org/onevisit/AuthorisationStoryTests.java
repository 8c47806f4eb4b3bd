package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.casework.Consultations;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.Reviewing;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every action by the right person only: each story is a hole found in the centre's software, told as the attempt
 * that got through and is now refused — while the person whose work it is still does it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorisationStoryTests {

    /** 个体工商户设立登记 of 市场监督管理局 (SCJG), delegated to the demo SCJG chief representative. */
    private static final String ITEM = "XK-SCJG-002";
    private static final String SCJG_REVIEWER = "story-scjg-reviewer";

    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");
    private static final RequestPostProcessor SCJG_CHIEF = user("scjg-chief").roles("CHIEF_REPRESENTATIVE", "REVIEWER");
    private static final RequestPostProcessor BDC_CHIEF = user("bdc-chief").roles("CHIEF_REPRESENTATIVE", "REVIEWER");
    private static final RequestPostProcessor SWJ_REVIEWER = user("swj-reviewer").roles("REVIEWER");
    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");
    private static final RequestPostProcessor SUPERVISOR = user("supervisor").roles("SUPERVISOR");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor REVIEWER = user(SCJG_REVIEWER).roles("REVIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Consultations consultations;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    CertificateRegister certificates;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void an_scjg_reviewer_works_in_the_centre() {
        if (staff.find(SCJG_REVIEWER).isEmpty()) {
            staff.open(new NewStaffMember(SCJG_REVIEWER, "市场监管审查员", "SCJG", Set.of(StaffRole.REVIEWER), "review-pass-1"));
        }
    }

    /** A case of the SCJG item handed in at the counter with every material, received. */
    private String received() {
        return intake.submit(aCase().of(ITEM).withApplicant(aPerson().named("赵六").withPhone("13700001234"))
                .providingAll(intake.materialsOf(ITEM, false)).build(), "clerk").number().value();
    }

    private String accepted() {
        String number = received();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        return number;
    }

    /** An applicant's own portal account, as they are logged in. */
    private RequestPostProcessor anApplicant() {
        String principal = applicants.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON,
                TestIdentities.aResidentIdNumber(), "钱七", "13600004321", null, "applicant-pass-1")).principal();
        return user(principal).roles("APPLICANT");
    }

    /** A case the applicant applied for online on their own account. */
    private String appliedOnline(RequestPostProcessor applicant) throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/cases").with(applicant).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"channel\": \"WEB\", \"item\": \"" + ITEM + "\"}"))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("number").asString();
    }

    private CaseStatus statusOf(String number) {
        return intake.find(number).status();
    }

    @Test
    void the_counter_pages_are_for_the_counter_alone() throws Exception {
        String number = received();

        for (RequestPostProcessor notCounter : List.of(SUPERVISOR, COORDINATOR, REVIEWER, SCJG_CHIEF, BDC_CHIEF, ADMIN)) {
            mvc.perform(get("/staff/counter").with(notCounter)).andExpect(status().isForbidden());
            mvc.perform(post("/staff/counter/cases/{n}/accept", number).with(notCounter).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/staff/counter/cases/{n}/refuse", number).with(notCounter).with(csrf())
                            .param("reason", "不属于本机关职权范围").param("remedies", "可申请行政复议"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/staff/counter/new").with(notCounter).with(csrf()).param("step", "submit")
                            .param("subject", ITEM).param("shownSubject", ITEM).param("kind", "PERSON")
                            .param("identifier", TestIdentities.aResidentIdNumber()).param("name", "孙八")
                            .param("phone", "13500001111").param("idempotencyKey", UUID.randomUUID().toString()))
                    .andExpect(status().isForbidden());
        }
        assertThat(statusOf(number)).isEqualTo(CaseStatus.RECEIVED);

        mvc.perform(post("/staff/counter/cases/{n}/accept", number).with(CLERK).with(csrf())
                        .param("version", String.valueOf(intake.find(number).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(number)).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void only_the_applicant_or_the_counter_withdraws_a_case_hands_in_its_files_or_submits_one() throws Exception {
        String number = received();
        MockMultipartFile pdf = new MockMultipartFile("file", "申请书.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));

        for (RequestPostProcessor notCounter : List.of(SUPERVISOR, COORDINATOR, REVIEWER, SCJG_CHIEF, ADMIN)) {
            mvc.perform(post("/api/v1/cases/{n}/withdrawal", number).with(notCounter).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"signedRequest\": \"撤回申请 2026-0042\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/api/v1/cases/{n}/materials/M1/files", number).file(pdf).with(notCounter))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/cases").with(notCounter).header("Idempotency-Key", UUID.randomUUID().toString())
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"channel": "COUNTER", "item": "%s", "applicant": {"kind": "NATURAL_PERSON",
                                     "idNumber": "%s", "name": "孙八", "phone": "13500001111"}}"""
                                    .formatted(ITEM, TestIdentities.aResidentIdNumber())))
                    .andExpect(status().isForbidden());
        }
        assertThat(statusOf(number)).isEqualTo(CaseStatus.RECEIVED);
        assertThat(intake.find(number).materials().get(0).files()).isEmpty();

        mvc.perform(post("/api/v1/cases/{n}/withdrawal", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"申请人当面撤回\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("intake-withdrawal-request-missing"));
        mvc.perform(post("/api/v1/cases/{n}/withdrawal", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"申请人当面撤回\", \"signedRequest\": \"撤回申请 2026-0042\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        assertThat(intake.find(number).answer().closingNote()).isEqualTo("申请人当面撤回（书面撤回申请 撤回申请 2026-0042）");

        RequestPostProcessor applicant = anApplicant();
        String own = appliedOnline(applicant);
        mvc.perform(multipart("/api/v1/cases/{n}/materials/M1/files", own).file(pdf).with(applicant))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/cases/{n}/withdrawal", own).with(applicant)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    @Test
    void a_reviewer_of_another_department_cannot_revoke_its_certificate() throws Exception {
        String number = accepted();
        long task = reviewing.ofCase(number).get(0).id();
        reviewing.decide(task, Opinion.CONSENT, "", "scjg-chief", null);
        mvc.perform(post("/api/v1/cases/{n}/items/{code}/decision", number, ITEM).with(REVIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\": true}"))
                .andExpect(status().isOk());
        String issued = certificates.issuedFor(number, ITEM).orElseThrow().number();

        for (RequestPostProcessor notIssuer : List.of(SWJ_REVIEWER, BDC_CHIEF, ADMIN)) {
            mvc.perform(post("/api/v1/certificates/{c}/revocation", issued).with(notIssuer)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"依法撤销\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/certificates/{c}", issued)).andExpect(jsonPath("$.status").value("VALID"));
        mvc.perform(post("/api/v1/certificates/{c}/revocation", issued).with(REVIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"以欺骗手段取得许可，依法撤销\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"));
    }

    @Test
    void a_chief_representative_terminates_only_a_case_their_own_department_leads() throws Exception {
        String number = accepted();

        for (RequestPostProcessor notLead : List.of(BDC_CHIEF, REVIEWER, ADMIN, SUPERVISOR)) {
            mvc.perform(post("/api/v1/cases/{n}/termination", number).with(notLead).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\": \"申请人隐瞒有关情况\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/cases/{n}/termination", number).with(BDC_CHIEF).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"申请人隐瞒有关情况\"}"))
                .andExpect(jsonPath("$.code").value("casework-termination-lead-chief-only"))
                .andExpect(jsonPath("$.detail").value("只有受理事项所属牵头部门 SCJG 的首席代表可以终止办理。"));
        assertThat(statusOf(number)).isEqualTo(CaseStatus.ACCEPTED);

        mvc.perform(post("/api/v1/cases/{n}/termination", number).with(SCJG_CHIEF).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"申请人隐瞒有关情况\"}"))
                .andExpect(status().isNoContent());
        assertThat(statusOf(number)).isEqualTo(CaseStatus.TERMINATED);
    }

    @Test
    void the_counter_api_refuses_chief_representatives_by_default() throws Exception {
        String number = received();

        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(SCJG_CHIEF)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("intake-counter-clerks-only"));
        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(BDC_CHIEF)).andExpect(status().isForbidden());
        assertThat(statusOf(number)).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void a_reviewer_reads_their_own_departments_inbox_and_no_other() throws Exception {
        String number = accepted();

        mvc.perform(get("/api/v1/casework/inbox").param("department", "SCJG").with(SWJ_REVIEWER))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("casework-inbox-not-yours"));
        mvc.perform(get("/staff/reviews").param("department", "SCJG").with(SWJ_REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/casework/inbox").param("department", "SCJG").with(ADMIN)).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/casework/inbox").with(REVIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseNumber").value(org.hamcrest.Matchers.hasItem(number)));
        mvc.perform(get("/api/v1/casework/inbox").param("department", "SCJG").with(SUPERVISOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseNumber").value(org.hamcrest.Matchers.hasItem(number)));
        mvc.perform(get("/api/v1/casework/inbox").param("department", "SCJG").with(COORDINATOR)).andExpect(status().isOk());
    }

    @Test
    void a_consultation_needs_a_case_and_departments_that_exist_and_a_chief_of_the_case() throws Exception {
        String number = accepted();
        String question = "{\"question\": \"经营场所是否涉及消防审验？\", \"replyBy\": \"2026-10-23\", \"departments\": [%s]}";

        mvc.perform(post("/api/v1/cases/{n}/consultations", "330999-20261019-99999").with(SCJG_CHIEF)
                        .contentType(MediaType.APPLICATION_JSON).content(question.formatted("\"SWJ\"")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("casework-case-not-accepted"));
        mvc.perform(post("/api/v1/cases/{n}/consultations", number).with(SCJG_CHIEF).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content(question.formatted("\"SWJ\", \"NO-SUCH\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("casework-department-unknown"))
                .andExpect(jsonPath("$.detail").value("没有代码为 NO-SUCH 的部门。"));
        mvc.perform(post("/api/v1/cases/{n}/consultations", number).with(BDC_CHIEF)
                        .contentType(MediaType.APPLICATION_JSON).content(question.formatted("\"SWJ\"")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("casework-consultation-chief-only"));
        assertThat(consultations.ofCase(number)).isEmpty();

        mvc.perform(post("/api/v1/cases/{n}/consultations", number).with(SCJG_CHIEF)
                        .contentType(MediaType.APPLICATION_JSON).content(question.formatted("\"SWJ\"")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/{n}/consultations", "330999-20261019-99999").with(SUPERVISOR))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_case_is_no_one_elses_business_and_its_number_tells_nothing() throws Exception {
        RequestPostProcessor owner = anApplicant();
        RequestPostProcessor another = anApplicant();
        String number = appliedOnline(owner);
        String unknown = "330999-20261019-99998";

        for (String n : List.of(number, unknown)) {
            mvc.perform(get("/api/v1/cases/{n}", n)).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("unauthenticated"));
            mvc.perform(get("/api/v1/cases/{n}/documents/{kind}", n, "receipt")).andExpect(status().isUnauthorized());
        }

        MvcResult someoneElses = mvc.perform(get("/api/v1/cases/{n}", number).with(another))
                .andExpect(status().isNotFound()).andReturn();
        MvcResult noSuchCase = mvc.perform(get("/api/v1/cases/{n}", unknown).with(another))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(problem(someoneElses, number)).isEqualTo(problem(noSuchCase, unknown));
        assertThat(problem(mvc.perform(get("/api/v1/cases/{n}/documents/{kind}", number, "receipt").with(another)).andReturn(),
                number)).isEqualTo(problem(mvc.perform(get("/api/v1/cases/{n}/documents/{kind}", unknown, "receipt")
                        .with(another)).andReturn(), unknown));

        mvc.perform(get("/api/v1/cases/{n}", number).with(owner)).andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(number));
    }

    /** The problem answered, with the case number asked for taken out: what it says of the case beyond the number. */
    private JsonNode problem(MvcResult result, String number) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8).replace(number, "{number}");
        return json.readTree(body);
    }
}
