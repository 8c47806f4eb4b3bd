package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The message contract as {@code docs/asyncapi.yaml} writes it, and the check of a message against its JSON schemas
 * that the consumer test ({@link EventContractTests}) makes; here, without a broker, the document itself: six
 * messages, one channel each, and every example valid against its own schemas.
 */
class AsyncApiContractTests {

    static final List<String> KINDS = List.of("case.accepted", "case.decided", "certificate.issued",
            "case.completed", "rating.given", "certificate.revoked");

    private static final JsonNode DOCUMENT = read();

    @Test
    void every_example_of_the_contract_is_valid_against_its_own_schemas() {
        JsonNode messages = DOCUMENT.get("components").get("messages");
        assertThat(messages.propertyNames()).hasSize(KINDS.size());
        for (String name : messages.propertyNames()) {
            JsonNode message = messages.get(name);
            String type = message.get("name").asString();
            assertThat(KINDS).contains(type);
            assertThat(DOCUMENT.get("channels").valueStream().map(c -> c.get("address").asString())).contains(type);
            assertThat(message.get("examples").size()).as(name + " has an example").isPositive();
            for (JsonNode example : message.get("examples")) {
                assertThat(violations("Headers", example.get("headers"))).as(name + " example headers").isEmpty();
                assertThat(example.get("headers").get("event-type").asString()).isEqualTo(type);
                assertThat(violations(schemaOf(type), example.get("payload"))).as(name + " example").isEmpty();
            }
        }
    }

    @Test
    void a_payload_off_the_contract_is_found_out() {
        JsonNode example = DOCUMENT.get("components").get("messages").get("ratingGiven").get("examples").get(0)
                .get("payload");
        JsonNode withAName = ((tools.jackson.databind.node.ObjectNode) example.deepCopy()).put("applicant", "孙评价");
        JsonNode withoutGrade = ((tools.jackson.databind.node.ObjectNode) example.deepCopy()).remove(List.of("grade"));
        assertThat(violations("RatingGiven", withAName)).isNotEmpty();
        assertThat(violations("RatingGiven", withoutGrade)).isNotEmpty();
    }

    /** The schema in {@code components.schemas} of the payload of a message type. */
    static String schemaOf(String type) {
        return switch (type) {
            case "case.accepted" -> "CaseAccepted";
            case "case.decided" -> "CaseDecided";
            case "case.completed" -> "CaseCompleted";
            case "certificate.issued" -> "CertificateIssued";
            case "certificate.revoked" -> "CertificateRevoked";
            case "rating.given" -> "RatingGiven";
            default -> throw new AssertionError("Not a type of the contract: " + type);
        };
    }

    /** What is wrong with the value by the schema of {@code components.schemas}; empty when it is valid. */
    static List<String> violations(String schema, JsonNode value) {
        Schema checked = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(DOCUMENT.get("components").get("schemas").get(schema));
        List<String> found = new ArrayList<>();
        for (Error e : checked.validate(value)) {
            found.add(e.toString());
        }
        return found;
    }

    private static JsonNode read() {
        try (InputStream in = Files.newInputStream(Path.of("..", "docs", "asyncapi.yaml"))) {
            return JsonMapper.builder().build().valueToTree(new Yaml().load(in));
        } catch (IOException e) {
            throw new IllegalStateException("docs/asyncapi.yaml is not readable", e);
        }
    }
}
