package org.onevisit.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.CaseBuilder;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A decided case's results reach the applicant: at the counter, or by express with the carrier's signed news. */
@SpringBootTest(properties = "onevisit.delivery.callback-secret=" + DeliveryStoriesTests.SECRET)
@AutoConfigureMockMvc
@Import(DeliveryStoriesTests.Delivered.class)
class DeliveryStoriesTests {

    static final String SECRET = "test-callback-secret";
    private static final RequestPostProcessor CLERK = user("clerk-dlv").roles("CLERK");
    /** Results may be sent by express. M1 申请表 is required, M2 授权委托书 may come later (容缺后补). */
    private static final String EXPRESS_ITEM = "XK-TDLV-001";
    /** Results only at the counter. */
    private static final String COUNTER_ITEM = "XK-TDLV-002";

    /** Collects the deliveries published, as intake will receive them to close the case. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Delivered {
        static final List<ResultDelivered> SEEN = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ResultDelivered delivered) {
            SEEN.add(delivered);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    CaseSupplements supplements;

    @Autowired
    Deliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    StaffAccounts staff;

    @BeforeEach
    void the_items_are_in_the_catalog() {
        load(catalog, staff);
    }

    /** The test items, and the clerk {@code clerk-dlv} who hands out their results. */
    static void load(CatalogEditing catalog, StaffAccounts staff) {
        if (staff.find("clerk-dlv").isEmpty()) {
            staff.open(new NewStaffMember("clerk-dlv", "送达测试受理员", null, Set.of(StaffRole.CLERK), "clerk-pass-1"));
        }
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TDLV", 9501) + "items:\n"
                + TestCatalogs.item(EXPRESS_ITEM, "送达测试许可", "ADMINISTRATIVE_LICENCE", "TDLV", 20, 10)
                + TestCatalogs.item(COUNTER_ITEM, "窗口领取测试许可", "ADMINISTRATIVE_LICENCE", "TDLV", 20, 10)
                        .replace("expressAllowed: true", "expressAllowed: false");
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
    }

    /** A case of {@code item} accepted at the counter — on a pledge for the 授权委托书 when {@code pledged}. */
    private String accepted(String item, boolean pledged) {
        return accepted(intake, decisions, item, pledged);
    }

    static String accepted(Intake intake, CounterDecisions decisions, String item, boolean pledged) {
        CaseBuilder handedIn = aCase().of(item).withApplicant(aPerson().named("王五").withPhone("13912345678")).providing("M1");
        if (!pledged) {
            handedIn.providing("M2");
        }
        IntakeCase c = intake.submit(handedIn.build(), "clerk-dlv");
        Act act = new Act("clerk-dlv", Channel.COUNTER, null);
        String number = c.number().value();
        return (pledged ? decisions.acceptOnPledge(number, "本人承诺在期限内补交授权委托书。", act) : decisions.accept(number, act))
                .number().value();
    }

    /**
     * Opens the delivery of the case as casework does when its last item is decided: withheld while its pledge is
     * open.
     */
    static void openDelivery(Deliveries deliveries, Intake intake, String number) {
        IntakeCase c = intake.find(number);
        deliveries.open(number, c.status() == org.onevisit.intake.CaseStatus.ACCEPTED_ON_PLEDGE,
                c.application().items().stream().map(i -> i.code() + "@" + i.version()).toList());
    }

    private void open(String number) {
        openDelivery(deliveries, intake, number);
    }

    private String decidedCase(String item) {
        String number = accepted(item, false);
        open(number);
        return number;
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void the_decided_case_gets_one_delivery_even_when_opened_twice() {
        String number = accepted(EXPRESS_ITEM, false);

        open(number);
        open(number);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery WHERE case_number = ?").param(number).query(Long.class).single())
                .isEqualTo(1);
        assertThat(deliveries.find(number).status()).isEqualTo(DeliveryStatus.AWAITING_CHOICE);
    }

    @Test
    void the_result_of_a_case_accepted_on_a_pledge_is_withheld_until_the_supplement() {
        String number = accepted(EXPRESS_ITEM, true);
        open(number);

        assertThat(deliveries.find(number).status()).isEqualTo(DeliveryStatus.WITHHELD);
        assertThatThrownBy(() -> deliveries.readyForPickup(number, "clerk-dlv"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("delivery-withheld"));
        assertThat(deliveries.releaseIfPledgeKept(number, "clerk").status()).isEqualTo(DeliveryStatus.WITHHELD);

        supplements.mark(number, "M2", MaterialStatus.PROVIDED, new Act("clerk-dlv", Channel.COUNTER, null));

        assertThat(deliveries.find(number).status()).isEqualTo(DeliveryStatus.AWAITING_CHOICE);
    }

    @Test
    void a_kept_pledge_releases_the_withheld_result_at_once() throws Exception {
        String number = accepted(EXPRESS_ITEM, true);
        open(number);
        supplements.mark(number, "M2", MaterialStatus.PROVIDED, new Act("clerk-dlv", Channel.COUNTER, null));

        mvc.perform(post("/api/v1/cases/{n}/delivery/pickup", number).with(CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PICKUP_READY"));
    }

    @Test
    void a_result_handed_over_at_the_counter_closes_the_case_with_one_more_visit() throws Exception {
        String number = decidedCase(EXPRESS_ITEM);

        mvc.perform(post("/api/v1/cases/{n}/delivery/pickup/confirmation", number).with(CLERK))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("delivery-wrong-state"));
        mvc.perform(post("/api/v1/cases/{n}/delivery/pickup", number).with(CLERK))
                .andExpect(jsonPath("$.status").value("PICKUP_READY"));
        mvc.perform(post("/api/v1/cases/{n}/delivery/pickup/confirmation", number).with(CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PICKED_UP"))
                .andExpect(jsonPath("$.handedOverBy").value("clerk-dlv"));

        assertThat(Delivered.SEEN).filteredOn(d -> d.caseNumber().equals(number)).singleElement()
                .satisfies(d -> {
                    assertThat(d.how()).isEqualTo(DeliveryMethod.PICKUP);
                    assertThat(d.countsAsVisit()).isTrue();
                });
        assertThat(intake.find(number).status()).isEqualTo(org.onevisit.intake.CaseStatus.COMPLETED);
        mvc.perform(post("/api/v1/cases/{n}/delivery/express", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content(express(UUID.randomUUID().toString().substring(0, 12))))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/audit/records").param("subject", "case").param("subjectId", number)
                        .with(user("sv-dlv").roles("SUPERVISOR")))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.hasItems("openDelivery", "readyForPickup",
                        "handOver")));
    }

    @Test
    void only_staff_see_a_delivery() throws Exception {
        String number = decidedCase(EXPRESS_ITEM);

        mvc.perform(get("/api/v1/cases/{n}/delivery", number)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cases/{n}/delivery", number).with(user("someone").roles("APPLICANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{n}/delivery", number).with(CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_CHOICE"));
    }

    @Test
    void express_is_refused_for_an_item_whose_results_are_not_sent_by_express() throws Exception {
        String number = decidedCase(COUNTER_ITEM);

        mvc.perform(post("/api/v1/cases/{n}/delivery/express", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content(express(UUID.randomUUID().toString().substring(0, 12))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("delivery-express-not-allowed"));
        assertThat(deliveries.find(number).status()).isEqualTo(DeliveryStatus.AWAITING_CHOICE);
    }

    private static String express(String trackingNumber) {
        return """
                {"recipient": "王五", "phone": "13912345678", "address": "浙江省杭州市西湖区文三路100号",
                 "carrier": "中国邮政EMS", "trackingNumber": "%s"}""".formatted(trackingNumber);
    }

    private String shipped() throws Exception {
        String number = decidedCase(EXPRESS_ITEM);
        String tracking = "EMS" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        mvc.perform(post("/api/v1/cases/{n}/delivery/express", number).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content(express(tracking)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHIPMENT_CREATED"))
                .andExpect(jsonPath("$.phone").value("139****5678"))
                .andExpect(jsonPath("$.address").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("文三路"))));
        return tracking;
    }

    private ResultActions callback(String body, String signature) throws Exception {
        return mvc.perform(post("/api/v1/delivery/callbacks/ems").contentType(MediaType.APPLICATION_JSON)
                .header("X-Signature", signature).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String report(String tracking, String status) {
        return "{\"trackingNumber\": \"%s\", \"status\": \"%s\", \"at\": \"2026-10-21T06:30:00Z\"}".formatted(tracking, status);
    }

    private static String signed(String body) {
        return CallbackSignature.of(SECRET).sign(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @WithMockUser
    void a_signed_delivery_report_closes_the_case_once_however_often_it_comes() throws Exception {
        String tracking = shipped();
        Delivery shipped = deliveries.track("ems", tracking, TrackingStatus.IN_TRANSIT, null);
        String number = shipped.caseNumber();

        String body = report(tracking, "DELIVERED");
        callback(body, signed(body)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELIVERED"));
        long version = deliveries.find(number).version();
        callback(body, signed(body)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELIVERED"));

        Delivery delivered = deliveries.find(number);
        assertThat(delivered.version()).isEqualTo(version);
        assertThat(delivered.closedAt()).isEqualTo(java.time.Instant.parse("2026-10-21T06:30:00Z"));
        assertThat(Delivered.SEEN).filteredOn(d -> d.caseNumber().equals(number)).singleElement()
                .satisfies(d -> {
                    assertThat(d.how()).isEqualTo(DeliveryMethod.EXPRESS);
                    assertThat(d.countsAsVisit()).isFalse();
                });
        mvc.perform(get("/api/v1/audit/records").param("subject", "case").param("subjectId", number)
                        .with(user("sv-dlv").roles("SUPERVISOR")))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.hasItems("bookExpress", "track")))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .doesNotContain("13912345678").doesNotContain("文三路"));
    }

    @Test
    @WithMockUser
    void a_report_with_a_wrong_signature_is_refused_and_changes_nothing() throws Exception {
        String tracking = shipped();
        String body = report(tracking, "DELIVERED");

        callback(body, signed(report(tracking, "RETURNED")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("delivery-signature-invalid"));
        callback(body, "").andExpect(status().isUnauthorized());

        String number = jdbc.sql("SELECT case_number FROM delivery WHERE tracking_number = ?").param(tracking)
                .query(String.class).single();
        assertThat(deliveries.find(number).status()).isEqualTo(DeliveryStatus.SHIPMENT_CREATED);
        assertThat(Delivered.SEEN).noneMatch(d -> d.caseNumber().equals(number));
    }

    @Test
    @WithMockUser
    void a_report_of_an_unknown_shipment_is_not_found_and_a_malformed_one_is_a_bad_request() throws Exception {
        String unknown = report("NOSUCH" + UUID.randomUUID().toString().substring(0, 8), "DELIVERED");
        callback(unknown, signed(unknown))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("delivery-tracking-number-unknown"));

        String malformed = "{\"trackingNumber\": \"X1\", \"status\": \"LOST\"}";
        callback(malformed, signed(malformed))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("delivery-callback-invalid"));
    }

    @Test
    void a_tracking_number_is_on_one_shipment_only() throws Exception {
        String tracking = shipped();
        String other = decidedCase(EXPRESS_ITEM);

        mvc.perform(post("/api/v1/cases/{n}/delivery/express", other).with(CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content(express(tracking)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("delivery-tracking-number-taken"));
    }
}
