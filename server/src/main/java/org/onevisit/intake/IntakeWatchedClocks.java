package org.onevisit.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.casework.WatchedClock;
import org.onevisit.casework.WatchedClock.Watched;
import org.onevisit.casework.WatchedClocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clocks intake keeps, for supervision's alerts, read from intake's own table so that supervision need not:
 * <ul>
 * <li>a received case waits for the counter's answer — accepted, notified once of what is missing (一次性告知), or
 * refused — within {@link IntakeRules#answerWorkingDays()} working days of receipt (《行政许可法》第三十二条), or of
 * the day a supplement made its materials complete after a notice (REFERENCE §2.2: the acceptance date is that day);
 * each such wait is its own clock, keyed by the case number and the day it started;</li>
 * <li>while it waits for the applicant's supplement (补正) no clock of the counter runs: the applicant has the turn;</li>
 * <li>an online pre-check (互联网预审) waits for the clerk's remarks within the same working days of its submission,
 * and once remarked or passed it is the applicant's turn again;</li>
 * <li>a case the counter left unanswered is accepted by law the day after its deadline and handed to casework; its
 * clock is still reported for {@value #DEEMED_LOOKBACK_DAYS} days after, past its deadline, so that the overrun has its
 * yellow card (黄牌) even though the case moved on.</li>
 * </ul>
 * No personal data leaves: the case number, the subject's name, the department of its first item and, for a case
 * received at the counter, the login of the clerk who received it (its handler, who owes the answer).
 */
@Component
class IntakeWatchedClocks implements WatchedClocks {

    static final int DEEMED_LOOKBACK_DAYS = 45;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final WorkCalendars calendars;
    private final IntakeRules rules;
    private final Clock clock;

    IntakeWatchedClocks(JdbcClient jdbc, JsonMapper json, WorkCalendars calendars, IntakeRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.calendars = calendars;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public List<WatchedClock> dueBy(LocalDate horizon) {
        WorkCalendar calendar = calendars.current();
        OffsetDateTime createdBefore = horizon.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        List<WatchedClock> clocks = new ArrayList<>();
        jdbc.sql("SELECT number, status, deemed_accepted, created_at, body FROM intake_case"
                        + " WHERE status = ? AND created_at < ?"
                        + " OR status = ? AND received_on <= ?"
                        + " OR deemed_accepted = TRUE AND received_on >= ? AND received_on <= ?"
                        + " ORDER BY number")
                .params(CaseStatus.PRE_CHECK.name(), createdBefore, CaseStatus.RECEIVED.name(), horizon,
                        horizon.minusDays(DEEMED_LOOKBACK_DAYS), horizon)
                .query((rs, n) -> clockOf(rs, calendar)).list().stream()
                .filter(c -> c != null && !c.deadline().isAfter(horizon))
                .forEach(clocks::add);
        clocks.sort(Comparator.comparing(WatchedClock::deadline).thenComparing(WatchedClock::key));
        return clocks;
    }

    private @Nullable WatchedClock clockOf(ResultSet rs, WorkCalendar calendar) throws SQLException {
        JsonNode body = json.readTree(rs.getString("body"));
        String number = rs.getString("number");
        String subjectName = text(body, "subjectName");
        JsonNode items = body.path("items");
        String department = items.isArray() && !items.isEmpty() ? items.get(0).path("department").asString() : "";
        if (CaseStatus.valueOf(rs.getString("status")) == CaseStatus.PRE_CHECK) {
            boolean answered = !text(body, "preCheckNote").isBlank() || !text(body, "noticeIssuedOn").isBlank();
            if (answered) {
                return null;
            }
            LocalDate submitted = rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                    .toLocalDate();
            return new WatchedClock(Watched.PRE_CHECK, number + "@" + submitted, number, subjectName, department,
                    calendar.deadline(submitted, rules.answerWorkingDays()).date(), false);
        }
        LocalDate received = date(body, "receivedOn");
        if (received == null) {
            return null;
        }
        LocalDate complete = date(body, "completeOn");
        boolean supplemented = date(body, "noticeIssuedOn") != null && complete != null && complete.isAfter(received);
        LocalDate from = supplemented && !rs.getBoolean("deemed_accepted") ? complete : received;
        return new WatchedClock(Watched.INTAKE, number + "@" + from, number, subjectName, department,
                calendar.deadline(from, rules.answerWorkingDays()).date(), false, receivingClerk(body));
    }

    /** The clerk of the case's first visit, who received it at the counter and owes its answer; null when none did. */
    private static @Nullable String receivingClerk(JsonNode body) {
        JsonNode visits = body.path("visits");
        String clerk = visits.isArray() && !visits.isEmpty() ? text(visits.get(0), "clerk") : "";
        return clerk.isBlank() ? null : clerk;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    private static @Nullable LocalDate date(JsonNode body, String field) {
        String value = text(body, field);
        return value.isBlank() ? null : LocalDate.parse(value);
    }
}
