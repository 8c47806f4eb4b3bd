package org.onevisit.people.web;

import org.onevisit.people.AccountPasswords;
import org.onevisit.platform.JsonApi;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The caller's own account. A password an administrator set must be changed here first: until then every other call
 * of that account answers 403 {@code password-change-required}.
 */
@JsonApi("/api/v1/account")
@PreAuthorize("isAuthenticated()")
class AccountApi {

    /** The current password and the new one, which must pass the password policy. */
    record PasswordChangeRequest(@NotBlank @Size(max = 72) String currentPassword,
            @NotBlank @Size(max = 72) String newPassword) {

        @Override
        public String toString() {
            return "PasswordChangeRequest[]";
        }
    }

    private final AccountPasswords passwords;

    AccountApi(AccountPasswords passwords) {
        this.passwords = passwords;
    }

    @PostMapping("/password")
    @Operation(summary = "Changes the caller's password: at least 8 characters of 3 of 4 kinds, not common, not the "
            + "login, ID number or phone; answers 204")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeRequest request, Authentication login,
            HttpServletRequest http, HttpServletResponse response) {
        passwords.change(login.getName(), request.currentPassword(), request.newPassword());
        RenewedLogin.afterPasswordChange(login, http, response);
        return ResponseEntity.noContent().build();
    }
}
