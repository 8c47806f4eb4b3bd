package org.onevisit.supervision.alerts.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.onevisit.supervision.alerts.Alert;
import org.onevisit.supervision.alerts.Alerts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 预警纠错 for the people alerts go to: a supervisor lists every alert, anyone else those they received; a recipient
 * acknowledges one, and the department's recipients answer it.
 */
@JsonApi("/api/v1/alerts")
@Tag(name = "alerts", description = "电子监察：预警、黄牌、红牌")
@PreAuthorize(AlertApi.RECIPIENTS)
class AlertApi {

    /** Who receives alerts: handlers, chief representatives, department heads and supervisors. */
    static final String RECIPIENTS = "hasAnyRole('REVIEWER','CHIEF_REPRESENTATIVE','DEPARTMENT_HEAD','SUPERVISOR')";

    private final Alerts alerts;
    private final AlertReading reading;

    AlertApi(Alerts alerts, AlertReading reading) {
        this.alerts = alerts;
        this.reading = reading;
    }

    @GetMapping
    @Operation(summary = "Alerts, the newest first (at most 200): a supervisor's every alert, anyone else's those they "
            + "received; of one level (WARNING, YELLOW, RED), department (its code), state (RAISED, ACKNOWLEDGED, ANSWERED) or "
            + "case (caseNumber)")
    List<AlertView> list(@RequestParam(required = false) @Nullable @Size(max = 20) String level,
            @RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            @RequestParam(required = false) @Nullable @Size(max = 20) String state,
            @RequestParam(required = false) @Nullable @Size(max = Limits.NUMBER) String caseNumber, Authentication user,
            Locale locale) {
        return reading.views(AlertReading.filter(level, department, state, caseNumber), user, true, locale);
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "签收: a recipient acknowledges the alert; acknowledged already, it stays as it was")
    AlertView acknowledge(@PathVariable long id, Authentication user, Locale locale) {
        return reading.view(alerts.acknowledge(id, user.getName()), user.getName(), locale);
    }

    /** An answer, given on the alert's version the official saw. */
    record AnswerRequest(@NotNull Long version, @NotBlank @Size(max = Alert.ANSWER_LENGTH) String answer) {
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "回复: the department's recipient says what was done or why; a yellow card answered within its "
            + "handling period does not turn red; 409 when the alert changed since the version given")
    AlertView answer(@PathVariable long id, @RequestBody @Valid AnswerRequest r, Authentication user, Locale locale) {
        return reading.view(alerts.answer(id, r.version(), r.answer(), user.getName()), user.getName(), locale);
    }
}
