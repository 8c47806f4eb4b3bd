package org.onevisit.supervision.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.onevisit.audit.AuditNames;

/** Names for the spot checks' pages: departments, items and staff by name, rates as percentages, times in the zone. */
record SpotCheckWords(List<AuditNames> names, Locale locale, ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    String department(String code) {
        return names.stream().flatMap(n -> n.value("department", code, locale).stream()).findFirst().orElse(code);
    }

    String item(String code) {
        return names.stream().flatMap(n -> n.value("item", code, locale).stream()).findFirst().orElse(code);
    }

    String person(String username) {
        return names.stream().flatMap(n -> n.actor(username, locale).stream()).findFirst().orElse(username);
    }

    String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
