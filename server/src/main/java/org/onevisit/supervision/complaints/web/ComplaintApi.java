package org.onevisit.supervision.complaints.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.onevisit.supervision.complaints.ComplaintCategory;
import org.onevisit.supervision.complaints.ComplaintChannel;
import org.onevisit.supervision.complaints.ComplaintHandling;
import org.onevisit.supervision.complaints.ComplaintState;
import org.onevisit.supervision.complaints.Complaints;
import org.onevisit.supervision.complaints.Complainant;
import org.onevisit.supervision.complaints.Filing;
import org.onevisit.supervision.complaints.NewComplaint;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Complaints (投诉) through the API: applicants complain for themselves (channel {@code PORTAL}), counter systems
 * record one made in person ({@code COUNTER}), the 12345 hotline's system refers its callers' complaints
 * ({@code HOTLINE_12345}, with the hotline's reference: the same referral twice is one complaint) and supervisors
 * record letters, the hotline calling with a supervisor's account; the supervisors accept, route and close, the
 * routed department answers. Who may do what is {@code ComplaintPolicy}'s.
 */
@JsonApi("/api/v1/complaints")
@Tag(name = "complaints")
@PreAuthorize("isAuthenticated()")
class ComplaintApi {

    private final Complaints complaints;
    private final ComplaintHandling handling;
    private final ComplaintViews views;

    ComplaintApi(Complaints complaints, ComplaintHandling handling, ComplaintViews views) {
        this.complaints = complaints;
        this.handling = handling;
        this.views = views;
    }

    /**
     * @param complainant who complains, except on the portal (the account): a name and phone, or anonymous
     * @param referral the 12345 hotline's own reference of the referral; only with {@code HOTLINE_12345}
     */
    record ComplaintRequest(@NotNull ComplaintChannel channel, @NotNull ComplaintCategory category,
            @NotBlank @Size(max = Filing.TEXT) String text, @Nullable @Size(max = Limits.NUMBER) String caseNumber,
            @Nullable @Size(max = 60) String referral, @Nullable @Valid ComplainantRequest complainant) {
    }

    /**
     * @param anonymous 匿名: no name; a phone, if given, is only for the hotline's call back and no notice is sent
     */
    record ComplainantRequest(boolean anonymous, @Nullable @Size(max = Limits.NAME) String name,
            @Nullable @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{supervision.complaint.phone-invalid}") String phone) {
    }

    record Step(@PositiveOrZero long version) {
    }

    record Refusal(@PositiveOrZero long version, @NotBlank @Size(max = ComplaintHandling.NOTICE_TEXT) String reason) {
    }

    record Routing(@PositiveOrZero long version, @NotBlank @Size(max = Limits.DEPARTMENT) String department) {
    }

    record Answer(@PositiveOrZero long version, @NotBlank @Size(max = Limits.TEXT) String text) {
    }

    record Closure(@PositiveOrZero long version, @NotBlank @Size(max = ComplaintHandling.NOTICE_TEXT) String result) {
    }

    @PostMapping
    @Operation(summary = "Receive a complaint: an applicant for themselves (PORTAL), a clerk at the counter (COUNTER), "
            + "a supervisor's account for a letter (LETTER) or a 12345 referral (HOTLINE_12345, with its reference, which "
            + "makes a second referral of it return the first). The Idempotency-Key header (required but for a referral) "
            + "makes a retry return the same complaint")
    ResponseEntity<ComplaintView> file(@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody @Valid ComplaintRequest request, Authentication user, Locale locale) {
        boolean referral = request.channel() == ComplaintChannel.HOTLINE_12345;
        if (!referral && (key == null || key.isBlank() || key.length() > 100)) {
            throw new DomainException(Kind.INVALID, "supervision-complaint-idempotency-key-missing",
                    "An Idempotency-Key header (1 to 100 characters) is required");
        }
        if (referral != (request.referral() != null && !request.referral().isBlank())) {
            throw new DomainException(Kind.INVALID, "supervision-complaint-referral",
                    "A 12345 referral, and only a referral, gives the hotline's reference",
                    java.util.Map.of("field", "referral"));
        }
        Complaints.Filed filed = complaints.file(new NewComplaint(request.channel(), request.category(), request.text(),
                request.caseNumber(), referral ? request.referral() : null, complainant(request.complainant()),
                key), user.getName());
        return ResponseEntity.status(filed.earlier() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(views.of(filed.complaint(), locale));
    }

    static @Nullable Complainant complainant(@Nullable ComplainantRequest given) {
        if (given == null) {
            return null;
        }
        if (given.anonymous()) {
            return Complainant.anonymous(given.phone());
        }
        if (given.name() == null || given.name().isBlank() || given.phone() == null || given.phone().isBlank()) {
            throw new DomainException(Kind.INVALID, "supervision-complaint-complainant-missing",
                    "A real-name complainant gives a name and a phone", java.util.Map.of("field", "complainant"));
        }
        return Complainant.named(given.name(), given.phone());
    }

    @GetMapping
    @Operation(summary = "Complaints, newest first: supervisors all (by state and department), a department's chief "
            + "representative or head those routed to it, an applicant their own")
    List<ComplaintView> list(@RequestParam(required = false) @Nullable ComplaintState state,
            @RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            @RequestParam(defaultValue = "0") @PositiveOrZero @Max(Limits.PAGE) int page,
            @RequestParam(defaultValue = "50") @PositiveOrZero @Max(Limits.PAGE_SIZE) int size, Authentication user,
            Locale locale) {
        return views.of(complaints.list(state, department, user.getName(), page, Math.max(size, 1)), locale);
    }

    @GetMapping("/{number}")
    @Operation(summary = "A complaint; another applicant's is not found, like an unknown number")
    ComplaintView find(@PathVariable @Size(max = 20) String number, Authentication user, Locale locale) {
        return views.of(complaints.find(number, user.getName()), locale);
    }

    @PostMapping("/{number}/acceptance")
    @Operation(summary = "受理: a supervisor accepts the complaint; a real-name complainant is told")
    ComplaintView accept(@PathVariable @Size(max = 20) String number, @RequestBody @Valid Step step,
            Authentication user, Locale locale) {
        return views.of(handling.accept(number, step.version(), user.getName()), locale);
    }

    @PostMapping("/{number}/refusal")
    @Operation(summary = "不予受理: a supervisor does not accept the complaint, with the reason the complainant is told")
    ComplaintView refuse(@PathVariable @Size(max = 20) String number, @RequestBody @Valid Refusal refusal,
            Authentication user, Locale locale) {
        return views.of(handling.refuse(number, refusal.version(), refusal.reason(), user.getName()), locale);
    }

    @PostMapping("/{number}/routing")
    @Operation(summary = "转办: a supervisor routes the accepted complaint to a department, which answers within the "
            + "configured working days")
    ComplaintView route(@PathVariable @Size(max = 20) String number, @RequestBody @Valid Routing routing,
            Authentication user, Locale locale) {
        return views.of(handling.route(number, routing.version(), routing.department(), user.getName()), locale);
    }

    @PostMapping("/{number}/answer")
    @Operation(summary = "The routed department's answer, by its chief representative or head")
    ComplaintView answer(@PathVariable @Size(max = 20) String number, @RequestBody @Valid Answer answer,
            Authentication user, Locale locale) {
        return views.of(handling.answer(number, answer.version(), answer.text(), user.getName()), locale);
    }

    @PostMapping("/{number}/closure")
    @Operation(summary = "办结: a supervisor closes the answered complaint with the result the complainant is told")
    ComplaintView close(@PathVariable @Size(max = 20) String number, @RequestBody @Valid Closure closure,
            Authentication user, Locale locale) {
        return views.of(handling.close(number, closure.version(), closure.result(), user.getName()), locale);
    }
}
