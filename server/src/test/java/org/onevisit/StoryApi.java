package org.onevisit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.delivery.CallbackSignature;
import org.onevisit.intake.CaseBuilder;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API as the people of a {@link StoryTest} use it: {@code api.as("clerk", "CLERK").post(…)} makes the call
 * with that person's login and reads the answer as JSON; a call the API refuses fails the story with the problem it
 * answered, unless the story expects it ({@link Person#refused}).
 */
@TestComponent
public class StoryApi {

    static final String CALLBACK_SECRET = "story-callback-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    StoryApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A member of staff (or an applicant's portal account) with these roles. */
    public Person as(String username, String... roles) {
        return new Person(username, roles);
    }

    /**
     * An official of a department with these roles, their account opened by the administrator through the API unless
     * an earlier story opened it.
     */
    public Person official(String username, String displayName, String department, String... roles) throws Exception {
        Person admin = as("admin", "ADMIN");
        if (!admin.finds("/api/v1/staff/{username}", username)) {
            admin.post("/api/v1/staff", body("username", username, "displayName", displayName, "departmentCode", department,
                    "roles", List.of(roles), "password", "story-pass-1"));
        }
        return as(username, roles);
    }

    /** Someone without a login: a citizen checking a case's status or a certificate. */
    public Person anyone() {
        return new Person(null, new String[0]);
    }

    /** A carrier's signed report on a shipment, as its system sends it. */
    public JsonNode carrierReports(String carrier, String trackingNumber, String status) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("trackingNumber", trackingNumber, "status", status));
        return answer(mvc.perform(MockMvcRequestBuilders.post("/api/v1/delivery/callbacks/{carrier}", carrier)
                .contentType(MediaType.APPLICATION_JSON).header("X-Signature", CallbackSignature.of(CALLBACK_SECRET).sign(body))
                .content(body)).andReturn(), true);
    }

    /** A JSON object of these keys and values, in this order. */
    public static Map<String, @Nullable Object> body(@Nullable Object... keysAndValues) {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static JsonNode answer(MvcResult result, boolean success) throws Exception {
        int status = result.getResponse().getStatus();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        boolean succeeded = status >= 200 && status < 300;
        if (succeeded != success) {
            throw new AssertionError(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " answered "
                    + status + (success ? "" : ", not a refusal") + ": " + content);
        }
        return content.isEmpty() ? JSON.nullNode() : JSON.readTree(content);
    }

    /** One person of the story, calling the API with their login. */
    public final class Person {

        private final @Nullable String username;
        private final String[] roles;

        private Person(@Nullable String username, String[] roles) {
            this.username = username;
            this.roles = roles.clone();
        }

        public JsonNode get(String path, Object... variables) throws Exception {
            return answer(perform(MockMvcRequestBuilders.get(path, variables)), true);
        }

        /** A POST with this body (any object, as JSON), or none when it is null. */
        public JsonNode post(String path, @Nullable Object body, Object... variables) throws Exception {
            return answer(perform(withBody(MockMvcRequestBuilders.post(path, variables), body)), true);
        }

        /** A POST by a clerk with the applicant at the counter ({@code X-Channel: COUNTER}): it counts their visit. */
        public JsonNode postAtCounter(String path, @Nullable Object body, Object... variables) throws Exception {
            return answer(perform(withBody(MockMvcRequestBuilders.post(path, variables), body)
                    .header("X-Channel", "COUNTER")), true);
        }

        /** A POST the API refuses: its problem details. */
        public JsonNode refused(String path, @Nullable Object body, Object... variables) throws Exception {
            return answer(perform(withBody(MockMvcRequestBuilders.post(path, variables), body)), false);
        }

        /** A PUT with this body (any object, as JSON). */
        public JsonNode put(String path, Object body, Object... variables) throws Exception {
            return answer(perform(withBody(MockMvcRequestBuilders.put(path, variables), body)), true);
        }

        /** A PUT the API refuses: its problem details. */
        public JsonNode refusedPut(String path, Object body, Object... variables) throws Exception {
            return answer(perform(withBody(MockMvcRequestBuilders.put(path, variables), body)), false);
        }

        /** A POST with this body under an idempotency key. */
        public JsonNode postOnce(String idempotencyKey, String path, Object body, Object... variables) throws Exception {
            return answer(perform(withBody(MockMvcRequestBuilders.post(path, variables), body)
                    .header("Idempotency-Key", idempotencyKey)), true);
        }

        /** A POST under an idempotency key that the API refuses: its problem details. */
        public JsonNode refusedOnce(String idempotencyKey, String path, Object body, Object... variables)
                throws Exception {
            return answer(perform(withBody(MockMvcRequestBuilders.post(path, variables), body)
                    .header("Idempotency-Key", idempotencyKey)), false);
        }

        /** A page as the person's browser shows it: its HTML. */
        public String page(String path, Object... variables) throws Exception {
            MvcResult result = perform(MockMvcRequestBuilders.get(path, variables));
            if (result.getResponse().getStatus() != 200) {
                throw new AssertionError(path + " answered " + result.getResponse().getStatus());
            }
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        }

        /** Whether a GET finds what the path names (200), rather than not found (404). */
        public boolean finds(String path, Object... variables) throws Exception {
            int status = perform(MockMvcRequestBuilders.get(path, variables)).getResponse().getStatus();
            if (status != 200 && status != 404) {
                throw new AssertionError(path + " answered " + status);
            }
            return status == 200;
        }

        /** A file sent as the multipart field {@code file}. */
        public JsonNode upload(String path, String filename, byte[] content, Object... variables) throws Exception {
            return answer(perform(MockMvcRequestBuilders.multipart(path, variables)
                    .file(new MockMultipartFile("file", filename, null, content))), true);
        }

        /** Hands in a case, under its idempotency key. */
        public JsonNode submit(CaseBuilder handedIn) throws Exception {
            return answer(perform(MockMvcRequestBuilders.post("/api/v1/cases")
                    .header("Idempotency-Key", handedIn.idempotencyKey()).contentType(MediaType.APPLICATION_JSON)
                    .content(handedIn.json())), true);
        }

        /** A document the API serves as PDF. */
        public byte[] pdf(String path, Object... variables) throws Exception {
            MvcResult result = perform(MockMvcRequestBuilders.get(path, variables).accept(MediaType.APPLICATION_PDF));
            if (result.getResponse().getStatus() != 200) {
                throw new AssertionError(path + " answered " + result.getResponse().getStatus());
            }
            return result.getResponse().getContentAsByteArray();
        }

        private MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, @Nullable Object body) {
            if (body == null) {
                return request;
            }
            return request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String text ? text : JSON.writeValueAsString(body));
        }

        private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
            request.header("Accept-Language", "zh-CN");
            return mvc.perform(username == null ? request : request.with(user(username).roles(roles))).andReturn();
        }
    }
}
