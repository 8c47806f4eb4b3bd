package org.onevisit.intake.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.onevisit.intake.BadCreditList;
import org.onevisit.people.CreditCode;
import org.onevisit.people.ResidentIdNumber;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bad-credit list (失信名单) administrators keep; applicants on it cannot be accepted on a pledge (容缺). */
@JsonApi("/api/v1/bad-credit")
@Tag(name = "Bad-credit list", description = "失信名单：名单内的申请人不适用容缺受理")
class BadCreditApi {

    private final BadCreditList list;
    private final Clock clock;

    BadCreditApi(BadCreditList list, Clock clock) {
        this.list = list;
        this.clock = clock;
    }

    record Listing(@NotBlank @Size(max = Limits.IDENTIFIER) String identifier,
            @NotBlank @Size(max = Limits.REMARK) String reason) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
    @Operation(summary = "The entries, natural persons' ID numbers masked")
    List<BadCreditList.Entry> entries() {
        return list.entries();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "List an applicant by resident ID number or credit code (checked by checksum)")
    ResponseEntity<Void> add(@RequestBody @Valid Listing listing, Principal user) {
        list.add(checked(listing.identifier()), listing.reason().strip(), user.getName());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{identifier}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Take an applicant off the list")
    ResponseEntity<Void> remove(@PathVariable @Size(max = Limits.IDENTIFIER) String identifier) {
        if (!list.remove(identifier.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "intake-bad-credit-not-listed",
                    "Not on the bad-credit list");
        }
        return ResponseEntity.noContent().build();
    }

    /** A valid ID number or, failing that, a valid credit code; the credit code's complaint otherwise. */
    private String checked(String identifier) {
        return ResidentIdNumber.problem(identifier, clock).isEmpty() ? ResidentIdNumber.parse(identifier, clock).value()
                : CreditCode.parse(identifier).value();
    }
}
