package org.onevisit.postal.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.ScannedMaterials;
import org.onevisit.people.ApplicantKind;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.onevisit.postal.MailItemState;
import org.onevisit.postal.NewMailItem;
import org.onevisit.postal.PostalApplication;
import org.onevisit.postal.PostalCases;
import org.onevisit.postal.PostalDesk;
import org.onevisit.postal.PostalItems;
import org.onevisit.postal.Sender;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The postal channel for the counter's systems: register a mail item that arrived, list and read them, return one to
 * its sender, and make an item's case — with its scanned files in the same multipart request, or none — under an
 * Idempotency-Key. The case is then answered through intake's counter API like any other
 * ({@code /api/v1/cases/{number}/acceptance} …), on the POSTAL channel, with no visit.
 */
@JsonApi("/api/v1/postal-items")
@Tag(name = "Postal", description = "邮政速递端：邮寄件登记、扫描建件、退件")
@PreAuthorize(PostalDesk.OPENS)
class PostalApi {

    private final PostalItems items;
    private final PostalCases cases;
    private final ScannedMaterials scans;
    private final Clock clock;

    PostalApi(PostalItems items, PostalCases cases, ScannedMaterials scans, Clock clock) {
        this.items = items;
        this.cases = cases;
        this.scans = scans;
        this.clock = clock;
    }

    record SenderRequest(@NotBlank @Size(max = Limits.NAME) String name, @NotBlank @Size(max = Limits.IDENTIFIER) String phone,
            @NotBlank @Size(max = Limits.LINE) String address) {
    }

    /** @param receivedOn the day the item arrived; today when not given */
    record MailItemRequest(@NotBlank @Size(max = Limits.IDENTIFIER) String trackingNumber,
            @NotBlank @Size(max = Limits.CODE) String carrier, @NotNull @Valid SenderRequest sender,
            @Nullable LocalDate receivedOn, @NotBlank @Size(max = Limits.LINE) String appliedFor,
            @Nullable @Size(max = Limits.REMARK) String notes) {
    }

    record ReturnRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record ApplicantRequest(@NotNull ApplicantKind kind, @Nullable @Size(max = Limits.IDENTIFIER) String idNumber,
            @Nullable @Size(max = Limits.IDENTIFIER) String creditCode, @NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.IDENTIFIER) String phone,
            @Nullable @Size(max = Limits.NAME) String legalRepresentative) {
    }

    /** Exactly one of {@code item} and {@code bundle}; the form's answers and the materials' statuses by key. */
    record CaseRequest(@Nullable @Size(max = Limits.CODE) String item, @Nullable @Size(max = Limits.CODE) String bundle,
            @NotNull @Valid ApplicantRequest applicant,
            @Nullable @Size(max = Limits.ENTRIES) Map<@NotBlank @Size(max = Limits.CODE) String, @NotNull @Size(max = Limits.TEXT) String> form,
            @Nullable @Size(max = Limits.ENTRIES) Map<@NotBlank @Size(max = Limits.CODE) String, @NotNull MaterialStatus> materials) {
    }

    /** The case made from a mail item: read it in full at {@code /api/v1/cases/{number}}. */
    record PostalCaseView(long mailItem, String number, String status, String channel, int visitCount) {
    }

    @PostMapping
    @Operation(summary = "Register a mail item that arrived (tracking number, carrier, sender, items applied for); the "
            + "sender is texted. A tracking number registered before is a 409; a malformed one a 400 naming the field")
    ResponseEntity<MailItemView> register(@RequestBody @Valid MailItemRequest r, Authentication clerk) {
        var item = items.register(new NewMailItem(r.trackingNumber(), r.carrier(),
                new Sender(r.sender().name(), r.sender().phone(), r.sender().address()),
                r.receivedOn() == null ? LocalDate.now(clock) : r.receivedOn(), r.appliedFor(),
                r.notes() == null ? "" : r.notes()), clerk.getName());
        return ResponseEntity.created(URI.create("/api/v1/postal-items/" + item.id())).body(MailItemView.of(item));
    }

    @GetMapping
    @Operation(summary = "The mail items in a state (all when none is given), the latest arrivals first, senders masked")
    List<MailItemView> list(@RequestParam(required = false) @Nullable MailItemState state) {
        return items.list(state).stream().map(MailItemView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A mail item, its sender masked")
    MailItemView find(@PathVariable long id) {
        return MailItemView.of(items.find(id));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a registered item to its sender as not acceptable, with the reason the sender is texted")
    MailItemView returnToSender(@PathVariable long id, @RequestBody @Valid ReturnRequest r, Authentication clerk) {
        return MailItemView.of(items.returnToSender(id, r.reason(), clerk.getName()));
    }

    @PostMapping(path = "/{id}/case", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make the item's case on the POSTAL channel without files (materials ticked on paper); the "
            + "Idempotency-Key header makes a retry return the same case")
    ResponseEntity<PostalCaseView> createCase(@PathVariable long id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody @Valid CaseRequest r, Authentication clerk) {
        return created(id, key, r, Map.of(), clerk);
    }

    @PostMapping(path = "/{id}/case", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Make the item's case with its scanned files: the part 'case' (JSON, as without files) and a "
            + "part 'file_<material key>' per file (PDF, JPEG, PNG or OFD, checked by content)")
    ResponseEntity<PostalCaseView> createCaseWithScans(@PathVariable long id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestPart("case") @Valid CaseRequest r, MultipartHttpServletRequest request, Authentication clerk)
            throws IOException {
        return created(id, key, r, ScannedParts.store(request, scans, clerk.getName()), clerk);
    }

    private ResponseEntity<PostalCaseView> created(long id, @Nullable String key, CaseRequest r,
            Map<String, List<String>> files, Authentication clerk) {
        if ((r.item() == null) == (r.bundle() == null)) {
            throw new DomainException(Kind.INVALID, "intake-subject-choice", "Name exactly one of item and bundle");
        }
        boolean before = items.find(id).state() != MailItemState.REGISTERED;
        ApplicantRequest a = r.applicant();
        boolean legal = a.kind() == ApplicantKind.LEGAL_PERSON;
        IntakeCase c = cases.createCase(id, new PostalApplication(key == null ? "" : key, r.item() != null ? r.item().strip() : r.bundle().strip(),
                r.bundle() != null, PostalApplicants.of(legal, legal ? a.creditCode() : a.idNumber(), a.name(), a.phone(),
                        a.legalRepresentative(), clock), null, r.form() == null ? Map.of() : r.form(),
                r.materials() == null ? Map.of() : r.materials()), files, clerk.getName());
        return ResponseEntity.status(before ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/cases/" + c.number().value()))
                .body(new PostalCaseView(id, c.number().value(), c.status().name(), c.application().channel().name(),
                        c.visitCount()));
    }
}
