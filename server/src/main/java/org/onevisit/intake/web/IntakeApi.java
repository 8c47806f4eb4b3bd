package org.onevisit.intake.web;

import java.io.IOException;
import java.security.Principal;
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
import org.onevisit.intake.Deficiency;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Refusal;
import org.onevisit.intake.Submission;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.StoredFile;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.CreditCode;
import org.onevisit.people.PhoneNumber;
import org.onevisit.people.ResidentIdNumber;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Intake for the mobile app, kiosks, counter systems and department systems: submit a case with an
 * idempotency key, and the counter's answers. A step the case's state does not allow is a 409 problem with
 * the reason; invalid input a 400 or 422 naming the field.
 */
@JsonApi("/api/v1")
@Tag(name = "Intake", description = "一窗受理：收件、受理、一次性告知、容缺受理、不予受理、补正")
class IntakeApi {

    private static final String STAFF = "hasAnyRole('CLERK','CHIEF_REPRESENTATIVE','ADMIN')";

    private final Intake intake;
    private final CounterDecisions decisions;
    private final CaseSupplements supplements;
    private final ApplicantAccounts applicants;
    private final Clock clock;
    private final MaterialFiles files;
    private final CaseDocuments documents;

    IntakeApi(Intake intake, CounterDecisions decisions, CaseSupplements supplements, ApplicantAccounts applicants,
            Clock clock, MaterialFiles files, CaseDocuments documents) {
        this.files = files;
        this.documents = documents;
        this.intake = intake;
        this.decisions = decisions;
        this.supplements = supplements;
        this.applicants = applicants;
        this.clock = clock;
    }

    record ApplicantRequest(@NotNull ApplicantKind kind, @Nullable String idNumber, @Nullable String creditCode,
            @NotBlank @Size(max = 200) String name, @NotBlank String phone, @Nullable String legalRepresentative) {
    }

    record AgentRequest(@NotBlank String name, @NotBlank String idNumber, @NotBlank String phone,
            @Nullable String powerOfAttorneyFile) {
    }

    record SubmitRequest(@NotNull Channel channel, @Nullable String item, @Nullable String bundle,
            @Nullable @Valid ApplicantRequest applicant, @Nullable @Valid AgentRequest agent,
            @Nullable Map<String, String> form, @Nullable Map<String, MaterialStatus> materials, boolean preCheck) {
    }

    @GetMapping("/intake/materials")
    @Operation(summary = "The one set of materials of an item or a bundle, keyed M1, M2 … as submissions refer to them")
    List<CaseMaterial> materials(@RequestParam(required = false) @Nullable String item,
            @RequestParam(required = false) @Nullable String bundle) {
        return intake.materialsOf(subject(item, bundle), bundle != null);
    }

    @PostMapping("/cases")
    @Operation(summary = "Submit a case (or an online pre-check); the Idempotency-Key header makes a retry return the same case")
    ResponseEntity<CaseView> submit(
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody @Valid SubmitRequest request, Authentication user) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new DomainException(Kind.INVALID, "intake-idempotency-key-missing",
                    "An Idempotency-Key header (1 to 100 characters) is required");
        }
        boolean applicant = isApplicant(user);
        if (applicant && (request.channel() == Channel.COUNTER || request.channel() == Channel.KIOSK)) {
            throw new DomainException(Kind.INVALID, "intake-channel-not-yours", "Applicants apply on the web or mobile channel");
        }
        Applicant who = applicant ? ownIdentity(user) : applicantOf(request.applicant());
        Agent agent = request.agent() == null ? null : agentOf(request.agent());
        String scope = (applicant ? user.getName() : "staff") + ":" + key.strip();
        boolean retry = intake.byIdempotencyKey(scope).isPresent();
        IntakeCase c = intake.submit(new Submission(scope, request.channel(), subject(request.item(), request.bundle()),
                request.bundle() != null, who, agent, request.form() == null ? Map.of() : request.form(),
                request.materials() == null ? Map.of() : request.materials(), request.preCheck(),
                applicant ? user.getName() : null), user.getName());
        return ResponseEntity.status(retry ? HttpStatus.OK : HttpStatus.CREATED).body(CaseView.of(c));
    }

    @GetMapping("/cases/{number}")
    @Operation(summary = "A case: staff see any, an applicant their own")
    CaseView find(@PathVariable String number, Authentication user) {
        return CaseView.of(visible(number, user));
    }

    @GetMapping("/public/cases/{number}")
    @Operation(summary = "A case's public status, for its number and the last four digits of the applicant's phone")
    PublicCaseView status(@PathVariable String number,
            @RequestParam @Pattern(regexp = "\\d{4}", message = "{intake.phone-last-four}") String phoneLastFour) {
        return PublicCaseView.of(intake.findPublic(number, phoneLastFour));
    }

    record VersionedRequest(@Nullable Long version) {
    }

    record NoticeRequest(@Nullable Long version, @NotEmpty List<@Valid Line> deficiencies) {
        record Line(@NotBlank String material, @NotBlank @Size(max = 1000) String problem) {
        }
    }

    record PledgeRequest(@Nullable Long version, @NotBlank @Size(max = 4000) String pledgeText) {
    }

    record RefusalRequest(@Nullable Long version, @NotBlank @Size(max = 2000) String reason,
            @Nullable String competentAuthority, @NotBlank @Size(max = 2000) String remedies) {
    }

    record PreCheckRequest(@Nullable Long version, @Nullable Map<String, String> remarks, @Nullable String note) {
    }

    record MarkRequest(@Nullable Long version, @NotNull MaterialStatus status) {
    }

    record WithdrawRequest(@Nullable Long version, @Nullable String reason) {
    }

    @PostMapping("/cases/{number}/acceptance")
    @PreAuthorize(STAFF)
    @Operation(summary = "受理: only when every material acceptance needs is in hand")
    CaseView accept(@PathVariable String number, @RequestBody(required = false) @Nullable VersionedRequest r,
            @RequestHeader(name = "X-Channel", defaultValue = "COUNTER") Channel channel, Principal user) {
        return CaseView.of(decisions.accept(number, new Act(user.getName(), channel, r == null ? null : r.version())));
    }

    @PostMapping("/cases/{number}/deficiency-notice")
    @PreAuthorize(STAFF)
    @Operation(summary = "一次性告知: every missing or faulty material with what is wrong, once")
    CaseView notice(@PathVariable String number, @RequestBody @Valid NoticeRequest r,
            @RequestHeader(name = "X-Channel", defaultValue = "COUNTER") Channel channel, Principal user) {
        return CaseView.of(decisions.notifyDeficiencies(number,
                r.deficiencies().stream().map(l -> new Deficiency(l.material(), "", l.problem())).toList(),
                new Act(user.getName(), channel, r.version())));
    }

    @PostMapping("/cases/{number}/pledge-acceptance")
    @PreAuthorize(STAFF)
    @Operation(summary = "容缺受理: only 容缺后补 materials missing; the applicant's signed pledge text")
    CaseView pledge(@PathVariable String number, @RequestBody @Valid PledgeRequest r,
            @RequestHeader(name = "X-Channel", defaultValue = "COUNTER") Channel channel, Principal user) {
        return CaseView.of(decisions.acceptOnPledge(number, r.pledgeText(), new Act(user.getName(), channel, r.version())));
    }

    @PostMapping("/cases/{number}/refusal")
    @PreAuthorize(STAFF)
    @Operation(summary = "不予受理: reason, the competent authority where the matter is not ours, remedies")
    CaseView refuse(@PathVariable String number, @RequestBody @Valid RefusalRequest r,
            @RequestHeader(name = "X-Channel", defaultValue = "COUNTER") Channel channel, Principal user) {
        return CaseView.of(decisions.refuse(number, new Refusal(r.reason(),
                r.competentAuthority() == null ? "" : r.competentAuthority(), r.remedies()),
                new Act(user.getName(), channel, r.version())));
    }

    @PostMapping("/cases/{number}/pre-check")
    @PreAuthorize(STAFF)
    @Operation(summary = "互联网预审: a clerk's remarks on the materials of an online pre-check")
    CaseView preCheck(@PathVariable String number, @RequestBody @Valid PreCheckRequest r, Principal user) {
        return CaseView.of(decisions.preCheck(number, r.remarks() == null ? Map.of() : r.remarks(),
                r.note() == null ? "" : r.note(), new Act(user.getName(), Channel.WEB, r.version())));
    }

    @PostMapping("/cases/{number}/receipt")
    @PreAuthorize(STAFF)
    @Operation(summary = "Receive at the counter a case pre-checked online (the applicant's visit)")
    CaseView receive(@PathVariable String number, @RequestBody(required = false) @Nullable VersionedRequest r, Principal user) {
        return CaseView.of(decisions.receive(number, new Act(user.getName(), Channel.COUNTER, r == null ? null : r.version())));
    }

    @PostMapping("/cases/{number}/materials/{key}")
    @PreAuthorize(STAFF)
    @Operation(summary = "Tick a material: handed in on paper, satisfied by a certificate, not applicable, or missing")
    CaseView mark(@PathVariable String number, @PathVariable String key, @RequestBody @Valid MarkRequest r,
            @RequestHeader(name = "X-Channel", defaultValue = "COUNTER") Channel channel, Principal user) {
        return CaseView.of(supplements.mark(number, key, r.status(), new Act(user.getName(), channel, r.version())));
    }

    @PostMapping(path = "/cases/{number}/materials/{key}/files", consumes = "multipart/form-data")
    @Operation(summary = "Hand in a file (PDF, JPEG, PNG or OFD, checked by content) for a material: online or at the counter")
    ResponseEntity<CaseView> upload(@PathVariable String number, @PathVariable String key,
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) @Nullable Long version,
            Authentication user) throws IOException {
        IntakeCase c = visible(number, user);
        if (!c.acceptsSupplements()) {
            throw new DomainException(Kind.CONFLICT, "intake-wrong-state", "Case " + number + " takes no files now",
                    number, c.status().name(), "supplement");
        }
        StoredFile stored;
        try (var content = file.getInputStream()) {
            stored = files.store(file.getOriginalFilename(), content, user.getName());
        }
        Channel channel = isApplicant(user) ? Channel.WEB : Channel.COUNTER;
        IntakeCase after = supplements.supplement(c.number().value(), key, stored.id().toString(),
                new Act(user.getName(), channel, version));
        return ResponseEntity.status(HttpStatus.CREATED).body(CaseView.of(after));
    }

    @PostMapping("/cases/{number}/withdrawal")
    @Operation(summary = "Withdraw a case before acceptance (the applicant, or staff on their behalf)")
    CaseView withdraw(@PathVariable String number, @RequestBody(required = false) @Nullable WithdrawRequest r,
            Authentication user) {
        IntakeCase c = visible(number, user);
        Channel channel = isApplicant(user) ? Channel.WEB : Channel.COUNTER;
        return CaseView.of(supplements.withdraw(c.number().value(), r == null || r.reason() == null ? "" : r.reason(),
                new Act(user.getName(), channel, r == null ? null : r.version())));
    }

    @GetMapping(path = "/cases/{number}/documents/{kind}", produces = "application/pdf")
    @Operation(summary = "A case's document as PDF: receipt (受理通知书), notice (一次性告知书), pledge (容缺受理承诺书), refusal (不予受理通知书)")
    ResponseEntity<byte[]> document(@PathVariable String number, @PathVariable String kind, Authentication user) {
        return CaseDocumentPages.pdf(documents.render(visible(number, user), CaseDocumentPages.kind(kind)), number, kind);
    }

    /** The case if the user may see it: staff any, an applicant only their own (others are "not found"). */
    IntakeCase visible(String number, Authentication user) {
        IntakeCase c = intake.find(number);
        if (isApplicant(user) && intake.ofAccount(user.getName()).stream().noneMatch(x -> x.number().equals(c.number()))) {
            throw new DomainException(Kind.NOT_FOUND, "intake-case-not-found", "No case " + number, number);
        }
        return c;
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
        boolean legal = a.kind() == ApplicantKind.LEGAL_PERSON;
        String identifier = legal ? onField("applicant.creditCode", () -> CreditCode.parse(a.creditCode()).value())
                : onField("applicant.idNumber", () -> ResidentIdNumber.parse(a.idNumber(), clock).value());
        if (legal && (a.legalRepresentative() == null || a.legalRepresentative().isBlank())) {
            throw new DomainException(Kind.INVALID, "applicant-legal-representative-missing",
                    "A legal person applies with the name of its legal representative.",
                    Map.of("field", "applicant.legalRepresentative"));
        }
        return new Applicant(legal, identifier, a.name().strip(),
                onField("applicant.phone", () -> PhoneNumber.parse(a.phone()).value()),
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
