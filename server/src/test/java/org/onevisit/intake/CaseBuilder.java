package org.onevisit.intake;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A case as handed in, for a test: {@code aCase().of("XK-SCJG-001").withApplicant(aCompany()).providing("M1",
 * "M2").build()} gives the {@link Submission} for the intake facade, {@link #json()} the body of
 * {@code POST /api/v1/cases}. By default it is handed in at the counter by a person with no agent, no form and no
 * material, under an idempotency key of its own.
 */
public final class CaseBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String idempotencyKey = UUID.randomUUID().toString();
    private Channel channel = Channel.COUNTER;
    private @Nullable String subject;
    private boolean bundle;
    private ApplicantBuilder applicant = ApplicantBuilder.aPerson();
    private @Nullable Applicant given;
    private @Nullable Agent agent;
    private Map<String, String> form = Map.of();
    private final Map<String, MaterialStatus> materials = new LinkedHashMap<>();
    private boolean preCheck;
    private @Nullable String account;
    private String applicantRole = "";
    private final List<RoledApplicant> coApplicants = new ArrayList<>();

    private CaseBuilder() {
    }

    public static CaseBuilder aCase() {
        return new CaseBuilder();
    }

    /** A case of one item (事项), by its catalog code. */
    public CaseBuilder of(String item) {
        this.subject = item;
        this.bundle = false;
        return this;
    }

    /** A case of a bundle (一件事), by its code. */
    public CaseBuilder ofBundle(String code) {
        this.subject = code;
        this.bundle = true;
        return this;
    }

    public CaseBuilder withApplicant(ApplicantBuilder applicant) {
        this.applicant = applicant;
        this.given = null;
        return this;
    }

    /** An applicant known already, e.g. one whose certificates a later case reuses. */
    public CaseBuilder withApplicant(Applicant applicant) {
        this.given = applicant;
        return this;
    }

    /** The role of the applicant, where the item or bundle names roles (e.g. {@code buyer}). */
    public CaseBuilder inRole(String role) {
        this.applicantRole = role;
        return this;
    }

    /** Another applicant, in a role. */
    public CaseBuilder withCoApplicant(String role, ApplicantBuilder other) {
        coApplicants.add(new RoledApplicant(role, other.build()));
        return this;
    }

    /** A house sale: the applicant buys, and a seller applies too (as the house sale's items and bundle need). */
    public CaseBuilder asBuyerWithASeller() {
        return inRole("buyer").withCoApplicant("seller", ApplicantBuilder.aPerson().named("卖方甲").withPhone("13900001111"));
    }

    public CaseBuilder withAgent(Agent agent) {
        this.agent = agent;
        return this;
    }

    public CaseBuilder withForm(Map<String, String> form) {
        this.form = Map.copyOf(form);
        return this;
    }

    public CaseBuilder on(Channel channel) {
        this.channel = channel;
        return this;
    }

    /** Handed in by the applicant's own portal account (online, on the web or mobile channel). */
    public CaseBuilder byAccount(@Nullable String account) {
        this.account = account;
        return this;
    }

    public CaseBuilder withIdempotencyKey(String key) {
        this.idempotencyKey = key;
        return this;
    }

    /** True for an online pre-check (互联网预审) rather than the case itself. */
    public CaseBuilder preCheck(boolean preCheck) {
        this.preCheck = preCheck;
        return this;
    }

    /** The materials of these keys (M1, M2 …) handed in. */
    public CaseBuilder providing(String... keys) {
        for (String key : keys) {
            materials.put(key, MaterialStatus.PROVIDED);
        }
        return this;
    }

    /** Each of these materials (as {@link Intake#materialsOf} lists them) handed in. */
    public CaseBuilder providingAll(Collection<CaseMaterial> all) {
        all.forEach(m -> materials.put(m.key(), MaterialStatus.PROVIDED));
        return this;
    }

    /** What is known of each material, as given. */
    public CaseBuilder withMaterials(Map<String, MaterialStatus> statuses) {
        materials.putAll(statuses);
        return this;
    }

    public Submission build() {
        if (subject == null) {
            throw new IllegalStateException("A case is of an item or a bundle: call of(…) or ofBundle(…)");
        }
        return new Submission(idempotencyKey, channel, subject, bundle, given != null ? given : applicant.build(), agent,
                form, materials, preCheck, account, applicantRole, coApplicants);
    }

    /** The body of {@code POST /api/v1/cases} for this case (an applicant's own account applies as itself). */
    public String json() {
        Submission s = build();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("channel", s.channel());
        request.put(s.bundle() ? "bundle" : "item", s.subject());
        request.put("applicant", ApplicantBuilder.request(s.applicant()));
        if (s.agent() != null) {
            request.put("agent", Map.of("name", s.agent().name(), "idNumber", s.agent().idNumber(), "phone",
                    s.agent().phone()));
        }
        request.put("form", s.form());
        request.put("materials", s.materials());
        request.put("preCheck", s.preCheck());
        if (!s.applicantRole().isBlank()) {
            request.put("applicantRole", s.applicantRole());
        }
        if (!s.coApplicants().isEmpty()) {
            request.put("coApplicants", s.coApplicants().stream().map(o -> {
                Map<String, Object> other = new LinkedHashMap<>(ApplicantBuilder.request(o.applicant()));
                other.put("role", o.role());
                return other;
            }).toList());
        }
        return JSON.writeValueAsString(request);
    }

    /** The idempotency key, for the API's {@code Idempotency-Key} header. */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
