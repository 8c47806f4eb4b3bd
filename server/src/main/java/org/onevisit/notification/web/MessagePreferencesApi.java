package org.onevisit.notification.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.notification.MessagePreferences;
import org.onevisit.platform.JsonApi;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The signed-in applicant's message settings (ADR 0046): the channels (SMS, e-mail), the e-mail address, the language
 * messages are written in, and the optional kinds switched off. Required notices cannot be switched off: asking to is
 * answered with a 400 problem naming {@code switchedOff}.
 */
@JsonApi("/api/v1/me/message-preferences")
class MessagePreferencesApi {

    /** The settings, with the kinds that may be switched off and those that may not. */
    record PreferencesView(boolean bySms, boolean byEmail, @Nullable String email, String language,
            List<String> switchedOff, List<String> optionalKinds, List<String> requiredKinds) {

        static PreferencesView of(MessagePreferences.Settings settings) {
            return new PreferencesView(settings.choice().bySms(), settings.choice().byEmail(), settings.email(),
                    settings.language().code(), settings.choice().switchedOff().stream().sorted().toList(),
                    MessagePreferences.optionalKinds(), MessagePreferences.requiredKinds());
        }

        @Override
        public String toString() {
            return "PreferencesView[" + bySms + ", " + byEmail + ", " + language + "]";
        }
    }

    /** New settings: all of them. */
    record PreferencesRequest(@NotNull Boolean bySms, @NotNull Boolean byEmail, @Nullable @Size(max = 254) String email,
            @Nullable @Size(max = 5) String language, @Nullable @Size(max = 50) List<@Size(max = 40) String> switchedOff) {

        @Override
        public String toString() {
            return "PreferencesRequest[" + bySms + ", " + byEmail + ", " + language + "]";
        }
    }

    private final MessagePreferences preferences;

    MessagePreferencesApi(MessagePreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "The signed-in applicant's message settings: channels, e-mail, language, optional kinds "
            + "switched off")
    PreferencesView get(Authentication applicant) {
        return PreferencesView.of(preferences.settings(applicant.getName()));
    }

    @PutMapping
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Replaces the signed-in applicant's message settings; required notices cannot be switched off "
            + "and at least one channel stays on")
    PreferencesView put(@Valid @RequestBody PreferencesRequest request, Authentication applicant) {
        return PreferencesView.of(preferences.save(applicant.getName(), request.bySms(), request.byEmail(),
                request.switchedOff() == null ? List.of() : request.switchedOff(), request.email(), request.language(),
                "API"));
    }
}
