package org.onevisit.people.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actors;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantProfile;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Applicants' accounts: registration is open to anyone; a natural person gives {@code idNumber}, a
 * legal person {@code creditCode} and {@code legalRepresentative}. A malformed number is answered with
 * a 400 problem whose {@code code} says what is wrong and whose {@code field} names the field.
 */
@JsonApi("/api/v1/applicants")
class ApplicantApi {

    /** A registration. */
    record RegistrationRequest(@NotNull ApplicantKind kind, @Nullable @Size(max = Limits.IDENTIFIER) String idNumber,
            @Nullable @Size(max = Limits.IDENTIFIER) String creditCode, @NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.IDENTIFIER) String phone,
            @Nullable @Size(max = 100) String legalRepresentative,
            @NotBlank @Size(min = 8, max = 72, message = "{people.password.size}") String password) {

        ApplicantRegistration registration() {
            return ApplicantRegistration.of(kind, idNumber, creditCode, name, phone, legalRepresentative, password);
        }

        @Override
        public String toString() {
            return "RegistrationRequest[" + kind + "]";
        }
    }

    /** A counter clerk's record of having seen the holder's ID card or business licence. */
    record IdentityCheckRequest(@NotNull ApplicantKind kind, @Nullable @Size(max = Limits.IDENTIFIER) String idNumber,
            @Nullable @Size(max = Limits.IDENTIFIER) String creditCode) {

        @Override
        public String toString() {
            return "IdentityCheckRequest[" + kind + "]";
        }
    }

    private final ApplicantAccounts accounts;
    private final Actors actors;

    ApplicantApi(ApplicantAccounts accounts, Actors actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    @PostMapping
    ResponseEntity<ApplicantProfile> register(@Valid @RequestBody RegistrationRequest request) {
        ApplicantProfile profile = accounts.register(request.registration());
        return ResponseEntity.created(URI.create("/api/v1/applicants/me")).body(profile);
    }

    @PostMapping("/identity-verifications")
    @PreAuthorize("hasRole('CLERK')")
    @Operation(summary = "A counter clerk records that they saw the ID card or business licence of an account's holder "
            + "(实名核验): from then on the account sees the cases filed at the counter under its number")
    ApplicantProfile verifyIdentity(@Valid @RequestBody IdentityCheckRequest request, Authentication clerk) {
        return accounts.verifyIdentity(request.kind(),
                request.kind() == ApplicantKind.NATURAL_PERSON ? request.idNumber() : request.creditCode(),
                actors.of(clerk.getName()));
    }

    @GetMapping("/me")
    @PreAuthorize("hasRole('APPLICANT')")
    ApplicantProfile me(Authentication applicant) {
        return accounts.profile(applicant.getName()).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "applicant-not-found", "The account no longer exists."));
    }
}
