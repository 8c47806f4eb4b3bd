package org.onevisit.people.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffCounters;
import org.onevisit.people.StaffMember;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff accounts, for administrators. */
@JsonApi("/api/v1/staff")
@PreAuthorize("hasRole('ADMIN')")
class StaffApi {

    /** A new account. */
    record OpenRequest(@NotBlank @Size(max = 32) String username, @NotBlank @Size(max = 100) String displayName,
            @Nullable @Size(max = 32) String departmentCode, @NotEmpty @Size(max = 10) Set<@NotNull StaffRole> roles,
            @NotBlank @Size(min = 8, max = 72, message = "{people.password.size}") String password) {

        @Override
        public String toString() {
            return "OpenRequest[" + username + "]";
        }
    }

    /** A new password chosen by the administrator. */
    record PasswordRequest(@NotBlank @Size(min = 8, max = 72, message = "{people.password.size}") String password) {

        @Override
        public String toString() {
            return "PasswordRequest[]";
        }
    }

    /** The counter a member of staff sits at from now on; blank or absent: none. */
    record SeatRequest(@Nullable @Size(max = 16) String counter) {
    }

    /** Where a member of staff sits: the counter's number, or none. */
    record Seat(String username, @Nullable String counter) {
    }

    private final StaffAccounts accounts;
    private final StaffCounters counters;

    StaffApi(StaffAccounts accounts, StaffCounters counters) {
        this.accounts = accounts;
        this.counters = counters;
    }

    @GetMapping
    List<StaffMember> all() {
        return accounts.all();
    }

    @GetMapping("/{username}")
    StaffMember one(@PathVariable @Size(max = Limits.USERNAME) String username) {
        return accounts.find(username).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "staff-not-found",
                "No member of staff is called " + username + ".", username));
    }

    @PostMapping
    ResponseEntity<StaffMember> open(@Valid @RequestBody OpenRequest request, Authentication administrator) {
        StaffMember opened = accounts.open(new NewStaffMember(request.username(), request.displayName(),
                request.departmentCode(), request.roles(), request.password()), administrator.getName());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + opened.username())).body(opened);
    }

    @PostMapping("/{username}/password")
    ResponseEntity<Void> resetPassword(@PathVariable @Size(max = Limits.USERNAME) String username, @Valid @RequestBody PasswordRequest request) {
        accounts.resetPassword(username, request.password());
        return ResponseEntity.noContent().build();
    }

    /**
     * Seats the member of staff at a counter of the hall, or at none, as the administrator's staff page does: where they
     * work, until they or an administrator change it again.
     */
    @PutMapping("/{username}/counter")
    Seat seat(@PathVariable @Size(max = Limits.USERNAME) String username, @Valid @RequestBody SeatRequest request,
            Authentication administrator) {
        one(username);
        String counter = request.counter() == null ? "" : request.counter();
        return new Seat(username, counters.seat(username, counter, administrator.getName(), "API").orElse(null));
    }

    /** Disables the account: its holder can no longer sign in, and an open session is refused at its next request. */
    @PostMapping("/{username}/disable")
    StaffMember disable(@PathVariable @Size(max = Limits.USERNAME) String username, Authentication administrator) {
        return accounts.disable(username, administrator.getName());
    }

    /** Enables a disabled account again. */
    @PostMapping("/{username}/enable")
    StaffMember enable(@PathVariable @Size(max = Limits.USERNAME) String username, Authentication administrator) {
        return accounts.enable(username, administrator.getName());
    }
}
