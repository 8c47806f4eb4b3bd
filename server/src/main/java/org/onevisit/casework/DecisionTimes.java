package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.platform.ReadOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The items decided in a period with their times, for the performance assessment (绩效考核): whether each was decided
 * by the case's promised deadline, and the working days it took against the legal limit (提速率).
 */
@Service
public class DecisionTimes {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final WorkCalendars calendars;
    private final Clock clock;

    DecisionTimes(JdbcClient jdbc, JsonMapper json, WorkCalendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * Every item decided from {@code from} to {@code to} (both included, days in the centre's time zone), in the order
     * of case number, then item code.
     */
    @ReadOnly
    public List<TimedDecision> between(LocalDate from, LocalDate to) {
        WorkCalendar calendar = calendars.current();
        Map<String, List<FileItem>> items = new HashMap<>();
        return jdbc.sql("""
                SELECT d.case_number, d.item_code, d.department, d.decided_by, d.decided_at, f.accepted_on,
                       f.promised_by, f.legal_by, f.items
                FROM casework_item_decision d JOIN case_file f ON f.number = d.case_number
                WHERE d.decided_at >= ? AND d.decided_at < ?
                ORDER BY d.case_number, d.item_code""")
                .params(from.atStartOfDay(clock.getZone()).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                .query((rs, n) -> {
                    String number = rs.getString("case_number");
                    String code = rs.getString("item_code");
                    LocalDate decided = rs.getObject("decided_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                            .toLocalDate();
                    LocalDate accepted = rs.getObject("accepted_on", LocalDate.class);
                    LocalDate promised = rs.getObject("promised_by", LocalDate.class);
                    LocalDate legal = rs.getObject("legal_by", LocalDate.class);
                    String itemsJson = rs.getString("items");
                    boolean instant = items.computeIfAbsent(number, x -> json.readValue(itemsJson, CaseFiles.ITEMS))
                            .stream().filter(i -> i.code().equals(code)).anyMatch(i -> i.legalLimit().instant());
                    int used = decided.isAfter(accepted) ? calendar.workingDaysBetween(accepted, decided).days() : 0;
                    int limit = instant || !legal.isAfter(accepted) ? 0 : calendar.workingDaysBetween(accepted, legal).days();
                    return new TimedDecision(number, code, rs.getString("department"), rs.getString("decided_by"),
                            decided, !decided.isAfter(promised), instant, used, limit);
                })
                .list();
    }
}
