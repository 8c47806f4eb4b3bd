package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.onevisit.MovableClock;
import org.onevisit.StoryApi;
import org.onevisit.StoryApi.Person;
import org.onevisit.intake.Channel;
import org.onevisit.people.TestIdentities;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consumer of the events for other government systems, against the real RabbitMQ the machine runs
 * ({@code spring.rabbitmq.*}, by default 127.0.0.1:5672; {@code .ci/run} starts it): a queue bound to the exchange
 * receives each of the six kinds of message of a case told through the API — accepted, decided on the spot, its
 * certificate issued, completed at the counter, rated, its certificate revoked — each exactly as
 * {@code docs/asyncapi.yaml} describes it: routing key, properties and headers, a payload valid against its schema,
 * the documented message id, nothing personal. A message the broker refuses keeps its publication incomplete and is
 * sent again, with the same id, by the retries ({@link AsyncApiContractTests} checks the document's own examples). Each run uses an exchange of its own, so that runs sharing the broker
 * (CI runs H2 and PostgreSQL at once) never see each other's messages. Skipped, saying why, where no broker answers.
 */
@SpringBootTest(properties = {"onevisit.events.amqp.enabled=true", "onevisit.events.amqp.retry-after=0s",
        "onevisit.events.amqp.confirm-timeout=5s"})
@AutoConfigureMockMvc
@Import({MovableClock.class, StoryApi.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "org.onevisit.sharing.LocalBroker#answers",
        disabledReason = "No RabbitMQ answers at spring.rabbitmq.host:port (127.0.0.1:5672 unless set): .ci/run starts one")
class EventContractTests {

    private static final String EXCHANGE = "onevisit.events.test-" + UUID.randomUUID();
    /** The consumer's queue: not auto-deleted, since a receive with a timeout consumes and cancels. */
    private static final String QUEUE = EXCHANGE + ".consumer";
    private static final String ITEM = "XK-SCJG-001";
    private static final String REGION = "330999";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> KINDS = AsyncApiContractTests.KINDS;

    @DynamicPropertySource
    static void anExchangeOfThisRun(DynamicPropertyRegistry properties) {
        properties.add("onevisit.events.amqp.exchange", () -> EXCHANGE);
    }

    @Autowired
    StoryApi api;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmqpRetries retries;

    @Value("${onevisit.events.amqp.exchange}")
    String exchange;

    private Person clerk;
    private Person chief;
    private String queue;

    @BeforeEach
    void a_consumer_binds_its_queue() {
        MovableClock.CLOCK.setDay("2026-10-19");
        clerk = api.as("clerk", "CLERK");
        chief = api.as("scjg-chief", "CHIEF_REPRESENTATIVE", "REVIEWER");
        admin.declareExchange(new TopicExchange(exchange, true, false));
        queue = admin.declareQueue(new Queue(QUEUE, false, false, false));
        admin.declareBinding(BindingBuilder.bind(new Queue(queue)).to(new TopicExchange(exchange)).with("#"));
    }

    @AfterAll
    void the_runs_exchange_and_queue_go() {
        admin.deleteQueue(QUEUE);
        admin.deleteExchange(EXCHANGE);
    }

    @Test
    void each_kind_of_event_reaches_a_bound_queue_as_the_contract_describes_it() throws Exception {
        assertThat(exchange).isEqualTo(EXCHANGE);
        Applicant applicant = anApplicant();
        String number = acceptedCaseOf(applicant);
        chief.post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number, ITEM);
        clerk.post("/api/v1/cases/{n}/delivery/pickup", null, number);
        clerk.post("/api/v1/cases/{n}/delivery/pickup/confirmation", null, number);
        applicant.account().post("/api/v1/cases/{n}/rating", body("grade", "DISSATISFIED", "reasons",
                List.of("EFFICIENCY"), "comment", "领取时排队太久"), number);
        Map<String, Received> got = receive(number, KINDS.subList(0, 5));
        String certificate = got.get("certificate.issued").payload().get("certificateNumber").asString();
        chief.post("/api/v1/certificates/{number}/revocation", body("reason", "许可决定被依法撤销"), certificate);
        got.putAll(receive(number, List.of("certificate.revoked")));

        assertThat(got).containsOnlyKeys(KINDS);
        for (Received r : got.values()) {
            assertThat(r.message().getMessageProperties().getReceivedExchange()).isEqualTo(EXCHANGE);
            assertThat(AsyncApiContractTests.violations("Headers", r.headers())).as("headers of " + r.type()).isEmpty();
            assertThat(AsyncApiContractTests.violations(AsyncApiContractTests.schemaOf(r.type()), r.payload())).as("payload of " + r.type()).isEmpty();
            assertThat(r.message().getMessageProperties().getReceivedRoutingKey()).isEqualTo(r.type());
            assertThat(r.message().getMessageProperties().getType()).isEqualTo(r.type());
            assertThat(r.message().getMessageProperties().getMessageId()).isEqualTo(r.headers().get("message-id")
                    .asString());
            assertThat(r.message().getMessageProperties().getContentType()).isEqualTo("application/json");
            assertThat(r.message().getMessageProperties().getAppId()).isEqualTo("onevisit");
            assertThat(r.headers().get("event-version").asInt()).isEqualTo(1);
            assertThat(r.headers().get("source").asString()).isEqualTo(REGION);
            String body = new String(r.message().getBody(), StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(applicant.id(), applicant.phone(), applicant.name(), "领取时排队太久",
                    "许可决定被依法撤销");
        }
        assertThat(messageIdOf(got, "case.accepted")).isEqualTo(documentedId("case.accepted", number));
        assertThat(messageIdOf(got, "case.decided")).isEqualTo(documentedId("case.decided", number + "/" + ITEM));
        assertThat(messageIdOf(got, "case.completed")).isEqualTo(documentedId("case.completed", number));
        assertThat(messageIdOf(got, "certificate.issued")).isEqualTo(documentedId("certificate.issued", certificate));
        assertThat(messageIdOf(got, "certificate.revoked")).isEqualTo(documentedId("certificate.revoked", certificate));
        assertThat(messageIdOf(got, "rating.given")).isEqualTo(documentedId("rating.given", number));

        JsonNode accepted = got.get("case.accepted").payload();
        assertThat(accepted.get("subject").asString()).isEqualTo(ITEM);
        assertThat(accepted.get("items").get(0).get("department").asString()).isEqualTo("SCJG");
        assertThat(accepted.get("acceptedOn").asString()).isEqualTo("2026-10-19");
        JsonNode decided = got.get("case.decided").payload();
        assertThat(decided.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(decided.get("delegated").asBoolean()).isTrue();
        assertThat(decided.get("caseDecided").asBoolean()).isTrue();
        assertThat(got.get("certificate.issued").payload().get("department").asString()).isEqualTo("SCJG");
        assertThat(got.get("case.completed").payload().get("departments").get(0).asString()).isEqualTo("SCJG");
        JsonNode rated = got.get("rating.given").payload();
        assertThat(rated.get("grade").asString()).isEqualTo("DISSATISFIED");
        assertThat(rated.get("stars").asInt()).isEqualTo(2);
        assertThat(rated.get("bad").asBoolean()).isTrue();
        assertThat(rated.get("indicators").get(0).asString()).isEqualTo("EFFICIENCY");
        assertThat(rated.get("channel").asString()).isEqualTo("PORTAL");
        assertThat(got.get("certificate.revoked").payload().get("caseNumber").asString()).isEqualTo(number);

        // Each publication is completed once the broker confirmed its message; the registry kept nothing personal.
        awaitTrue(() -> incompletePublicationsOf(number) == 0);
        assertThat(incompletePublicationsOf(number)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? "
                + "OR serialized_event LIKE ? OR serialized_event LIKE ?").param("%" + applicant.id() + "%")
                .param("%" + applicant.phone() + "%").param("%" + applicant.name() + "%").query(Long.class).single())
                .isZero();
    }

    @Test
    void a_message_the_broker_refuses_stays_incomplete_and_is_sent_again_with_the_same_id() throws Exception {
        admin.deleteExchange(exchange);
        String number = acceptedCaseOf(anApplicant());

        // No exchange: the broker refuses the message, and its publication stays incomplete, marked failed.
        awaitTrue(() -> failedPublicationsOf(number) == 1);
        assertThat(failedPublicationsOf(number)).isEqualTo(1);
        assertThat(incompletePublicationsOf(number)).isEqualTo(1);

        admin.declareExchange(new TopicExchange(exchange, true, false));
        admin.declareBinding(BindingBuilder.bind(new Queue(queue)).to(new TopicExchange(exchange)).with("#"));
        retries.retryFailed();

        Received accepted = receive(number, List.of("case.accepted")).get("case.accepted");
        assertThat(accepted.headers().get("message-id").asString()).isEqualTo(documentedId("case.accepted", number));
        assertThat(AsyncApiContractTests.violations("CaseAccepted", accepted.payload())).isEmpty();
        awaitTrue(() -> incompletePublicationsOf(number) == 0);
        assertThat(incompletePublicationsOf(number)).isZero();
    }

    // --- the consumer's side ---------------------------------------------------------------------------------

    private record Received(String type, Message message, JsonNode headers, JsonNode payload) {
    }

    /** The messages of the kinds about the case, as they arrive on the queue, within {@link #WAIT}. */
    private Map<String, Received> receive(String caseNumber, List<String> kinds) throws InterruptedException {
        Map<String, Received> got = new HashMap<>();
        long end = System.nanoTime() + WAIT.toNanos();
        while (!got.keySet().containsAll(kinds) && System.nanoTime() < end) {
            Message message = rabbit.receive(queue, 500);
            if (message == null) {
                continue;
            }
            JsonNode payload = JSON.readTree(message.getBody());
            Map<String, Object> headers = new HashMap<>(message.getMessageProperties().getHeaders());
            String type = String.valueOf(headers.get("event-type"));
            if (payload.has("caseNumber") && payload.get("caseNumber").asString().equals(caseNumber)) {
                assertThat(got).as("one message of each kind").doesNotContainKey(type);
                got.put(type, new Received(type, message, JSON.valueToTree(stringKeyed(headers)), payload));
            }
        }
        assertThat(got.keySet()).as("messages received about " + caseNumber).containsAll(kinds);
        return got;
    }

    /** AMQP header values as JSON values: numbers and booleans as they are, anything else as its text. */
    private static Map<String, Object> stringKeyed(Map<String, Object> headers) {
        Map<String, Object> plain = new HashMap<>();
        headers.forEach((k, v) -> plain.put(k, v instanceof Number || v instanceof Boolean ? v : String.valueOf(v)));
        return plain;
    }

    private static String messageIdOf(Map<String, Received> got, String type) {
        return got.get(type).headers().get("message-id").asString();
    }

    /** The message id as docs/events.md defines it. */
    private static String documentedId(String type, String key) {
        return UUID.nameUUIDFromBytes(("onevisit:" + REGION + ":" + type + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    // --- the case ----------------------------------------------------------------------------------------------

    private record Applicant(Person account, String id, String name, String phone) {
    }

    private Applicant anApplicant() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        String name = "钱交换";
        String phone = "13700003579";
        String principal = api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber", id,
                "name", name, "phone", phone, "password", "sharing-pass-1")).get("principal").asString();
        clerk.post("/api/v1/applicants/identity-verifications", body("kind", "NATURAL_PERSON", "idNumber", id));
        return new Applicant(api.as(principal, "APPLICANT"), id, name, phone);
    }

    private String acceptedCaseOf(Applicant applicant) throws Exception {
        String[] all = clerk.get("/api/v1/intake/materials?item={item}", ITEM).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        String number = applicant.account().submit(aCase().of(ITEM).on(Channel.WEB)
                .withApplicant(aPerson().identifiedBy(applicant.id()).named(applicant.name())
                        .withPhone(applicant.phone()))
                .providing(all)).get("number").asString();
        clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        return number;
    }

    private long incompletePublicationsOf(String caseNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%" + caseNumber + "%").query(Long.class).single();
    }

    private long failedPublicationsOf(String caseNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED' "
                + "AND serialized_event LIKE ?").param("%" + caseNumber + "%").query(Long.class).single();
    }

    /** Polls until the condition holds, for up to {@link #WAIT}; the caller asserts afterwards. */
    private static void awaitTrue(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }
}
