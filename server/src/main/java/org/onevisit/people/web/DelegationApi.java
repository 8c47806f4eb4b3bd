package org.onevisit.people.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Delegation;
import org.onevisit.people.DelegationGrant;
import org.onevisit.people.DelegationRegister;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The chief representatives' delegation lists (授权清单): administrators grant and revoke. */
@JsonApi("/api/v1")
class DelegationApi {

    /** An item to delegate, from a day until a day (or, without {@code validTo}, until revoked). */
    record GrantRequest(@NotBlank @Size(max = 64) String itemCode, @NotNull LocalDate validFrom,
            @Nullable LocalDate validTo) {
    }

    /** Why a delegation is withdrawn. */
    record RevocationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** The answer to "may this member of staff decide this item alone on this day". */
    record DelegationCheck(String username, String itemCode, LocalDate date, boolean delegated) {
    }

    private final DelegationRegister register;

    DelegationApi(DelegationRegister register) {
        this.register = register;
    }

    @GetMapping("/staff/{username}/delegations")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR') or #username == authentication.name")
    List<Delegation> history(@PathVariable @Size(max = Limits.USERNAME) String username) {
        return register.history(username);
    }

    @GetMapping("/staff/{username}/delegations/check")
    @PreAuthorize("hasAnyRole('CLERK', 'CHIEF_REPRESENTATIVE', 'REVIEWER', 'COORDINATOR', 'SUPERVISOR', 'DEPARTMENT_HEAD', 'ADMIN')")
    DelegationCheck check(@PathVariable @Size(max = Limits.USERNAME) String username, @RequestParam @Size(max = Limits.CODE) String item,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return new DelegationCheck(username, item, date, register.isDelegated(username, item, date));
    }

    @PostMapping("/staff/{username}/delegations")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Delegation> grant(@PathVariable @Size(max = Limits.USERNAME) String username, @Valid @RequestBody GrantRequest request,
            Authentication admin) {
        Delegation granted = register.grant(username,
                new DelegationGrant(request.itemCode(), request.validFrom(), request.validTo()), admin.getName());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + username + "/delegations")).body(granted);
    }

    @PostMapping("/delegations/{id}/revocation")
    @PreAuthorize("hasRole('ADMIN')")
    Delegation revoke(@PathVariable long id, @Valid @RequestBody RevocationRequest request, Authentication admin) {
        return register.revoke(id, request.reason(), admin.getName());
    }
}
