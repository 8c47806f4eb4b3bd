package org.onevisit.supervision.alerts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.audit.AuditNames;
import org.onevisit.supervision.alerts.AlertFilter;
import org.onevisit.supervision.alerts.AlertLevel;
import org.onevisit.supervision.alerts.AlertState;
import org.onevisit.supervision.alerts.Alerts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the alerts' page and API share: the filter read from the request (a wrong value refused in the reader's
 * language), who reads, and the alerts as views with the departments' names.
 */
@Component
class AlertReading {

    private final Alerts alerts;
    private final List<AuditNames> names;

    AlertReading(Alerts alerts, ObjectProvider<AuditNames> names) {
        this.alerts = alerts;
        this.names = names.orderedStream().toList();
    }

    /** The filter of {@code level}, {@code department}, {@code state} and {@code caseNumber}, each optional. */
    static AlertFilter filter(@Nullable String level, @Nullable String department, @Nullable String state,
            @Nullable String caseNumber) {
        return new AlertFilter(parse(AlertLevel.class, "level", level),
                department == null || department.isBlank() ? null : department.strip().toUpperCase(Locale.ROOT),
                parse(AlertState.class, "state", state),
                caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip());
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "alert-filter-invalid",
                        "Not a " + name + ": " + value, DomainException.label("supervision.alerts.filterName." + name, name),
                        value.strip()));
    }

    /** Whether the reader is a supervisor, who reads every alert. */
    static boolean supervisor(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()));
    }

    /** The alerts {@code user} may read under {@code filter}, every one for a supervisor when {@code all}. */
    List<AlertView> views(AlertFilter filter, Authentication user, boolean all, Locale locale) {
        List<Alerts.Received> found = all && supervisor(user)
                ? alerts.list(filter, new Alerts.Reader(user.getName(), true))
                : alerts.received(filter, user.getName());
        return found.stream().map(r -> view(r, user.getName(), locale)).toList();
    }

    AlertView view(Alerts.Received received, String reader, Locale locale) {
        return AlertView.of(received, departmentName(received.alert().clock().department(), locale),
                username -> staffName(username, locale), reader);
    }

    private String staffName(String username, Locale locale) {
        return names.stream().map(n -> n.actor(username, locale)).flatMap(java.util.Optional::stream).findFirst()
                .orElse(username);
    }

    String departmentName(String code, Locale locale) {
        return names.stream().map(n -> n.value("department", code, locale)).flatMap(java.util.Optional::stream)
                .findFirst().orElse(code);
    }
}
