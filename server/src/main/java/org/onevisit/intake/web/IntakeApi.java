package org.onevisit.intake.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.Agent;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseDocuments;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.catalog.FormField;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.RoledApplicant;
import org.onevisit.intake.StatusLookups;
import org.onevisit.intake.Submission;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.StoredFile;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.CreditCode;
import org.onevisit.people.LegalRepresentative;
import org.onevisit.people.PhoneNumber;
import org.onevisit.people.ResidentIdNumber;
import org.onevisit.platform.ClientAddress;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Intake for the mobile app, kiosks, counter systems and department systems: submit a case with an
 * idempotency key, read it, hand in files, withdraw it, fetch its documents; the counter's answers are
 * {@link CounterDecisionsApi}. A step the case's state does not allow is a 409 problem with the reason; invalid
 * input a 400 or 422 naming the field; a step the person may not take a 403, and another applicant's case is not
 * found (404), like a number that does not exist. Who may do what is decided by the intake facades. A little over 250
 * lines: one operation a method, each with its documentation for the OpenAPI document.
 */
@JsonApi("/api/v1")
@Tag(name = "Intake", description = "一窗受理：收件、受理、一次性告知、容缺受理、不予受理、补正")
class IntakeApi {

    /** Who hands in cases, files and withdrawals at all; the intake facades decide which case and channel. */
    static final String SUBMITTERS = "hasAnyRole('APPLICANT','CLERK','CHIEF_REPRESENTATIVE')";

    private final Intake intake;
    private final CaseSupplements supplements;
    private final ApplicantAccounts applicants;
    private final Clock clock;
    private final MaterialFiles files;
    private final CaseDocuments documents;
    private final StatusLookups statusLookups;
    private final CaseViews views;

    IntakeApi(Intake intake, CaseSupplements supplements, ApplicantAccounts applicants, Clock clock, MaterialFiles files,
            CaseDocuments documents, StatusLookups statusLookups, CaseViews views) {
        this.statusLookups = statusLookups;
        this.views = views;
        this.files = files;
        this.documents = documents;
        this.intake = intake;
        this.supplements = supplements;
        this.applicants = applicants;
        this.clock = clock;
    }

    record ApplicantRequest(@NotNull ApplicantKind kind, @Nullable @Size(max = Limits.IDENTIFIER) String idNumber,
            @Nullable @Size(max = Limits.IDENTIFIER) String creditCode, @NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.IDENTIFIER) String phone,
            @Nullable @Size(max = Limits.NAME) String legalRepresentative) {
    }

    record AgentRequest(@NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.IDENTIFIER) String idNumber, @NotBlank @Size(max = Limits.IDENTIFIER) String phone,
            @Nullable @Size(max = Limits.CODE) String powerOfAttorneyFile) {
    }

    /** An applicant beside the first, in a role the item or bundle declares (e.g. {@code seller}). */
    record CoApplicantRequest(@NotBlank @Size(max = Limits.CODE) String role, @NotNull ApplicantKind kind,
            @Nullable @Size(max = Limits.IDENTIFIER) String idNumber,
            @Nullable @Size(max = Limits.IDENTIFIER) String creditCode, @NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.IDENTIFIER) String phone,
            @Nullable @Size(max = Limits.NAME) String legalRepresentative) {

        ApplicantRequest applicant() {
            return new ApplicantRequest(kind, idNumber, creditCode, name, phone, legalRepresentative);
        }
    }

    /**
     * The application form's size is the centre's to set ({@link ApplicationForm}); the rest is fixed. Where the item
     * or bundle needs several applicants (a house sale's buyer and seller), {@code applicantRole} is the role of the
     * applicant (given, or the signed-in applicant) and {@code coApplicants} the others, each with a role.
     */
    record SubmitRequest(@NotNull Channel channel, @Nullable @Size(max = Limits.CODE) String item,
            @Nullable @Size(max = Limits.CODE) String bundle,
            @Nullable @Valid ApplicantRequest applicant, @Nullable @Valid AgentRequest agent,
            @Nullable @ApplicationForm Map<@NotBlank @Size(max = Limits.CODE) String, @NotNull String> form,
            @Nullable @Size(max = Limits.ENTRIES) Map<@NotBlank @Size(max = Limits.CODE) String, @NotNull MaterialStatus> materials,
            boolean preCheck, @Nullable @Size(max = Limits.CODE) String applicantRole,
            @Nullable @Size(max = MAX_CO_APPLICANTS) List<@NotNull @Valid CoApplicantRequest> coApplicants) {
    }

    /** The most applicants a case names beside the first. */
    static final int MAX_CO_APPLICANTS = 19;

    @GetMapping("/intake/materials")
    @Operation(summary = "The one set of materials of an item or a bundle, keyed M1, M2 … as submissions refer to them")
    List<CaseMaterial> materials(@RequestParam(required = false) @Nullable @Size(max = Limits.CODE) String item,
            @RequestParam(required = false) @Nullable @Size(max = Limits.CODE) String bundle) {
        return intake.materialsOf(subject(item, bundle), bundle != null);
    }

    @GetMapping("/intake/applicant-roles")
    @Operation(summary = "The roles of the applicants a case of an item or bundle needs, e.g. buyer and seller with at "
            + "least one each; an empty list where it takes one applicant")
    List<org.onevisit.catalog.ApplicantRole> applicantRoles(
            @RequestParam(required = false) @Nullable @Size(max = Limits.CODE) String item,
            @RequestParam(required = false) @Nullable @Size(max = Limits.CODE) String bundle) {
        return intake.applicantRolesOf(subject(item, bundle), bundle != null);
    }

    @GetMapping("/intake/form-fields")
    @Operation(summary = "The fields of the one form of an item or a bundle (a bundle's: the union of its items', a key "
            + "once), as a submission's form answers them; an empty list where it asks nothing beyond the applicant")
    List<FormField> formFields(@RequestParam(required = false) @Nullable @Size(max = Limits.CODE) String item,
            @RequestParam(required = false) @Nullable @Size(max = Limits.CODE) String bundle) {
        return intake.formFieldsOf(subject(item, bundle), bundle != null);
    }

    @PostMapping("/cases")
    @PreAuthorize(SUBMITTERS)
    @Operation(summary = "Submit a case (or an online pre-check): an applicant for themselves on the web or mobile "
            + "channel, the counter at the counter or a kiosk; the Idempotency-Key header makes a retry return the same case")
    ResponseEntity<CaseView> submit(
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody @Valid SubmitRequest request, Authentication user) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new DomainException(Kind.INVALID, "intake-idempotency-key-missing",
                    "An Idempotency-Key header (1 to 100 characters) is required");
        }
        boolean applicant = isApplicant(user);
        Applicant who = applicant ? ownIdentity(user) : applicantOf(request.applicant());
        Agent agent = request.agent() == null ? null : agentOf(request.agent());
        List<RoledApplicant> others = new java.util.ArrayList<>();
        List<CoApplicantRequest> given = request.coApplicants() == null ? List.of() : request.coApplicants();
        for (int i = 0; i < given.size(); i++) {
            others.add(new RoledApplicant(given.get(i).role().strip(),
                    applicantOf(given.get(i).applicant(), "coApplicants[" + i + "]")));
        }
        String scope = (applicant ? user.getName() : "staff") + ":" + key.strip();
        boolean retry = intake.byIdempotencyKey(scope).isPresent();
        IntakeCase c = intake.submit(new Submission(scope, request.channel(), subject(request.item(), request.bundle()),
                request.bundle() != null, who, agent, request.form() == null ? Map.of() : request.form(),
                request.materials() == null ? Map.of() : request.materials(), request.preCheck(),
                applicant ? user.getName() : null,
                request.applicantRole() == null ? "" : request.applicantRole().strip(), others), user.getName());
        return ResponseEntity.status(retry ? HttpStatus.OK : HttpStatus.CREATED).body(views.of(c));
    }

    @GetMapping("/cases/{number}")
    @Operation(summary = "A case: staff see any, an applicant their own; another's is not found, like an unknown number")
    CaseView find(@PathVariable @Size(max = Limits.NUMBER) String number, Authentication user) {
        return views.of(intake.find(number, user.getName()));
    }

    @GetMapping("/public/cases/{number}")
    @Operation(summary = "A case's public status, for its number and the last four digits of the applicant's phone")
    PublicCaseView status(@PathVariable @Size(max = Limits.NUMBER) String number,
            @RequestParam @Pattern(regexp = "\\d{4}", message = "{intake.phone-last-four}") String phoneLastFour,
            HttpServletRequest request) {
        return PublicCaseView.of(statusLookups.find(number, phoneLastFour, ClientAddress.of(request.getRemoteAddr())));
    }

    /**
     * @param signedRequest at the counter: the reference (archive or register number) of the applicant's signed
     *     request to withdraw, which must be on file; an applicant withdrawing their own case online gives none
     */
    record WithdrawRequest(@Nullable Long version, @Nullable @Size(max = Limits.TEXT) String reason,
            @Nullable @Size(max = 100) String signedRequest) {
    }

    @PostMapping(path = "/cases/{number}/materials/{key}/files", consumes = "multipart/form-data")
    @PreAuthorize(SUBMITTERS)
    @Operation(summary = "Hand in a file (PDF, JPEG, PNG or OFD, checked by content) for a material: the applicant "
            + "online for their own case, or the counter")
    ResponseEntity<CaseView> upload(@PathVariable @Size(max = Limits.NUMBER) String number,
            @PathVariable @Size(max = Limits.CODE) String key,
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) @Nullable Long version,
            Authentication user) throws IOException {
        IntakeCase c = supplements.forHandIn(number, user.getName());
        StoredFile stored;
        try (var content = file.getInputStream()) {
            stored = files.store(file.getOriginalFilename(), content, user.getName());
        }
        Channel channel = isApplicant(user) ? Channel.WEB : Channel.COUNTER;
        IntakeCase after = supplements.supplement(c.number().value(), key, stored.id().toString(),
                new Act(user.getName(), channel, version));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.of(after));
    }

    @PostMapping("/cases/{number}/withdrawal")
    @PreAuthorize(SUBMITTERS)
    @Operation(summary = "Withdraw a case before acceptance: the applicant their own case, or the counter recording "
            + "the applicant's signed request (signedRequest: its reference)")
    CaseView withdraw(@PathVariable @Size(max = Limits.NUMBER) String number,
            @RequestBody(required = false) @Nullable @Valid WithdrawRequest r,
            Authentication user) {
        Channel channel = isApplicant(user) ? Channel.WEB : Channel.COUNTER;
        return views.of(supplements.withdraw(number, r == null || r.reason() == null ? "" : r.reason(),
                r == null ? null : r.signedRequest(), new Act(user.getName(), channel, r == null ? null : r.version())));
    }

    record AcceptedWithdrawalRequest(@jakarta.validation.constraints.NotBlank @Size(max = 2000) String reason,
            @Nullable @Size(max = 100) String signedRequest) {
    }

    @PostMapping("/cases/{number}/withdrawal-after-acceptance")
    @PreAuthorize("hasAnyRole('APPLICANT','CLERK','CHIEF_REPRESENTATIVE')")
    @Operation(summary = "The applicant withdraws an accepted case before any item is decided: themselves, or at the "
            + "counter, which records their signed request (signedRequest: its reference)")
    ResponseEntity<Void> withdrawAccepted(@PathVariable @Size(max = Limits.NUMBER) String number,
            @RequestBody @Valid AcceptedWithdrawalRequest r, Authentication user) {
        Channel channel = isApplicant(user) ? Channel.WEB : Channel.COUNTER;
        supplements.withdrawAccepted(number, r.reason(), r.signedRequest(), new Act(user.getName(), channel, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/cases/{number}/documents/{kind}", produces = "application/pdf")
    @Operation(summary = "A case's document as PDF: receipt (受理通知书), notice (一次性告知书), pledge (容缺受理承诺书), refusal (不予受理通知书)")
    ResponseEntity<byte[]> document(@PathVariable @Size(max = Limits.NUMBER) String number,
            @PathVariable @Size(max = Limits.CODE) String kind, Authentication user) {
        return CaseDocumentPages.pdf(documents.render(intake.find(number, user.getName()), CaseDocumentPages.kind(kind)),
                number, kind);
    }

    static boolean isApplicant(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> "ROLE_APPLICANT".equals(a.getAuthority()));
    }

    private Applicant ownIdentity(Authentication user) {
        var id = applicants.identity(user.getName()).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "intake-applicant-unknown", "No applicant account " + user.getName()));
        return new Applicant(id.kind() == ApplicantKind.LEGAL_PERSON, id.identifier(), id.name(), id.phone(),
                id.legalRepresentative());
    }

    private Applicant applicantOf(@Nullable ApplicantRequest a) {
        if (a == null) {
            throw new DomainException(Kind.INVALID, "intake-applicant-missing", "The applicant is missing",
                    Map.of("field", "applicant"));
        }
        return applicantOf(a, "applicant");
    }

    /** An applicant as given in {@code field} of the request, each value checked; a rejection names the field. */
    private Applicant applicantOf(ApplicantRequest a, String field) {
        boolean legal = a.kind() == ApplicantKind.LEGAL_PERSON;
        String identifier = legal ? onField(field + ".creditCode", () -> CreditCode.parse(a.creditCode()).value())
                : onField(field + ".idNumber", () -> ResidentIdNumber.parse(a.idNumber(), clock).value());
        LegalRepresentative.problem(legal, a.legalRepresentative()).ifPresent(e -> {
            throw new DomainException(e.kind(), e.code(), e.getMessage(), Map.of("field", field + ".legalRepresentative"),
                    e.args());
        });
        return new Applicant(legal, identifier, a.name().strip(),
                onField(field + ".phone", () -> PhoneNumber.parse(a.phone()).value()),
                legal ? a.legalRepresentative().strip() : null);
    }

    private Agent agentOf(AgentRequest a) {
        return new Agent(a.name().strip(), onField("agent.idNumber", () -> ResidentIdNumber.parse(a.idNumber(), clock).value()),
                onField("agent.phone", () -> PhoneNumber.parse(a.phone()).value()), a.powerOfAttorneyFile());
    }

    /** A value parsed from a field of the request; its rejection names the field. */
    private static String onField(String field, java.util.function.Supplier<String> parse) {
        try {
            return parse.get();
        } catch (DomainException e) {
            throw new DomainException(e.kind(), e.code(), e.getMessage(), Map.of("field", field), e.args());
        }
    }

    private static String subject(@Nullable String item, @Nullable String bundle) {
        if ((item == null) == (bundle == null)) {
            throw new DomainException(Kind.INVALID, "intake-subject-choice", "Name exactly one of item and bundle");
        }
        return item != null ? item.strip() : bundle.strip();
    }
}
