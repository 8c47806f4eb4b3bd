package org.onevisit.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Catalog;
import org.onevisit.people.Actors;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's joint meetings: schedule a joint review or inspection with the departments a case needs,
 * let each record attendance and opinion, and close it — a department absent without reason counts as
 * consenting where the region's rule says so (缺席默认, {@code onevisit.casework.absence-means-consent}); the
 * minutes are {@link MeetingMinutes}. Who does what is {@link MeetingPolicy}'s; a meeting is for a case under review
 * and departments that exist.
 */
@Service
@Transactional
public class JointMeetings {

    private final JdbcClient jdbc;
    private final ReviewTasks tasks;
    private final StageOpener opener;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Actors actors;
    private final Catalog catalog;
    private final boolean absenceMeansConsent;

    JointMeetings(JdbcClient jdbc, ReviewTasks tasks, StageOpener opener, ApplicationEventPublisher events, Clock clock,
            Actors actors, Catalog catalog,
            @Value("${onevisit.casework.absence-means-consent:true}") boolean absenceMeansConsent) {
        this.actors = actors;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.opener = opener;
        this.events = events;
        this.clock = clock;
        this.absenceMeansConsent = absenceMeansConsent;
    }

    public JointMeeting schedule(String caseNumber, JointMeeting.Kind kind, Instant at, String place, List<String> departments,
            String coordinator) {
        MeetingPolicy.checkConvene(actors.of(coordinator));
        if (departments.size() < 2) {
            throw CaseworkRefused.rule("casework-meeting-too-small", "A joint meeting brings at least two departments");
        }
        if (at.isBefore(clock.instant())) {
            throw CaseworkRefused.rule("casework-meeting-in-past", "A meeting is scheduled for a time still to come");
        }
        if (tasks.ofCase(caseNumber).isEmpty()) {
            throw new DomainException(Kind.NOT_FOUND, "casework-case-not-in-review", "Case " + caseNumber + " is not under review",
                    caseNumber);
        }
        departments.stream().filter(d -> catalog.department(d).isEmpty()).findFirst().ifPresent(d -> {
            throw CaseworkRefused.rule("casework-department-unknown", "No department " + d, d);
        });
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO casework_meeting (case_number, kind, held_at, place, convened_by, closed, version)
                VALUES (?, ?, ?, ?, ?, FALSE, 0)""")
                .params(caseNumber, kind.name(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC), place.strip(), coordinator)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (String department : departments.stream().distinct().toList()) {
            jdbc.sql("""
                    INSERT INTO casework_meeting_participant (meeting_id, department, attended, opinion, absence_reason)
                    VALUES (?, ?, NULL, '', '')""").params(id, department).update();
        }
        events.publishEvent(new AuditedChange("case", caseNumber, "scheduleMeeting", coordinator, "CENTRE", Map.of(),
                Map.of("meeting", kind.name(), "departments", String.join(",", departments)), clock.instant()));
        return find(id);
    }

    /**
     * A department's attendance and opinion, or the reason it was absent — recorded by an official of that
     * department, or by the coordinator taking the roll at the meeting.
     */
    public JointMeeting record(long meetingId, String department, boolean attended, String opinion, String absenceReason,
            String username) {
        JointMeeting m = find(meetingId);
        MeetingPolicy.checkRecord(actors.of(username), department,
                m.participants().stream().map(JointMeeting.Participant::department).toList());
        if (m.closed()) {
            throw new DomainException(Kind.CONFLICT, "casework-meeting-closed", "Meeting " + meetingId + " is closed", meetingId);
        }
        int updated = jdbc.sql("""
                UPDATE casework_meeting_participant SET attended = ?, opinion = ?, absence_reason = ?, recorded_by = ?
                WHERE meeting_id = ? AND department = ?""")
                .params(attended, opinion.strip(), absenceReason.strip(), username, meetingId, department).update();
        if (updated == 0) {
            throw new DomainException(Kind.NOT_FOUND, "casework-not-a-participant",
                    department + " does not take part in meeting " + meetingId, department, meetingId);
        }
        return find(meetingId);
    }

    /** Closes the meeting: absent departments without reason are deemed to consent where the rule says so. */
    public JointMeeting close(long meetingId, String coordinator) {
        MeetingPolicy.checkConvene(actors.of(coordinator));
        JointMeeting m = find(meetingId);
        if (jdbc.sql("UPDATE casework_meeting SET closed = TRUE, version = version + 1 WHERE id = ? AND closed = FALSE")
                .param(meetingId).update() == 0) {
            throw new DomainException(Kind.CONFLICT, "casework-meeting-closed", "Meeting " + meetingId + " is closed", meetingId);
        }
        if (absenceMeansConsent) {
            for (JointMeeting.Participant p : m.participants()) {
                if (p.absentWithoutReason()) {
                    tasks.ofCase(m.caseNumber()).stream()
                            .filter(t -> t.department().equals(p.department()) && t.status() == TaskStatus.OPEN)
                            .forEach(t -> tasks.update(t.deemConsent(clock.instant(), "缺席联合会议且未说明理由，视为同意", null)));
                }
            }
            opener.openReadyStages(m.caseNumber(), java.time.LocalDate.now(clock));
        }
        events.publishEvent(new AuditedChange("case", m.caseNumber(), "closeMeeting", coordinator, "CENTRE", Map.of(),
                Map.of("meeting", m.kind().name(), "absentWithoutReason", String.join(",", m.participants().stream()
                        .filter(JointMeeting.Participant::absentWithoutReason).map(JointMeeting.Participant::department)
                        .toList())), clock.instant()));
        return find(meetingId);
    }

    @ReadOnly
    public List<JointMeeting> ofCase(String caseNumber) {
        return jdbc.sql("SELECT id FROM casework_meeting WHERE case_number = ? ORDER BY held_at").param(caseNumber)
                .query(Long.class).list().stream().map(this::find).toList();
    }

    /** The coordinator's schedule ahead: meetings at or after {@code from}, the soonest first. */
    @ReadOnly
    public List<JointMeeting> from(Instant from, int limit) {
        return jdbc.sql("SELECT id FROM casework_meeting WHERE held_at >= ? ORDER BY held_at, id FETCH FIRST " + limit + " ROWS ONLY")
                .param(OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).query(Long.class).list().stream().map(this::find).toList();
    }

    /** The meetings held before {@code before}, the latest first. */
    @ReadOnly
    public List<JointMeeting> before(Instant before, int limit) {
        return jdbc.sql("SELECT id FROM casework_meeting WHERE held_at < ? ORDER BY held_at DESC, id DESC FETCH FIRST " + limit
                        + " ROWS ONLY")
                .param(OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).query(Long.class).list().stream().map(this::find).toList();
    }

    /**
     * The cases a meeting may be convened for: those with a review still to be answered, the most recently planned
     * first, at most {@code limit}; each with the departments reviewing it.
     */
    @ReadOnly
    public java.util.Map<String, List<String>> casesUnderReview(int limit) {
        java.util.Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT case_number, MAX(id) AS newest FROM casework_task WHERE status IN " + TaskStatus.sql(TaskStatus.UNFINISHED)
                        + " GROUP BY case_number ORDER BY newest DESC FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY")
                .query((rs, n) -> rs.getString("case_number")).list()
                .forEach(number -> cases.put(number, tasks.ofCase(number).stream().map(ReviewTask::department).distinct()
                        .toList()));
        return cases;
    }

    /** Whether a department absent without reason counts as consenting (缺席默认), by the region's rule. */
    public boolean absenceMeansConsent() {
        return absenceMeansConsent;
    }

    public JointMeeting find(long id) {
        List<JointMeeting.Participant> participants = jdbc.sql("""
                SELECT department, attended, opinion, absence_reason, recorded_by FROM casework_meeting_participant
                WHERE meeting_id = ? ORDER BY department""").param(id)
                .query((rs, n) -> new JointMeeting.Participant(rs.getString("department"),
                        nullableBoolean(rs, "attended"), rs.getString("opinion"), rs.getString("absence_reason"),
                        rs.getString("recorded_by")))
                .list();
        return jdbc.sql("SELECT id, case_number, kind, held_at, place, convened_by, closed, version FROM casework_meeting WHERE id = ?")
                .param(id)
                .query((rs, n) -> new JointMeeting(rs.getLong("id"), rs.getString("case_number"),
                        JointMeeting.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("held_at", OffsetDateTime.class).toInstant(), rs.getString("place"),
                        rs.getString("convened_by"), rs.getBoolean("closed"),
                        participants, rs.getLong("version")))
                .optional().orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-meeting-not-found",
                        "No meeting " + id, id));
    }

    private static @Nullable Boolean nullableBoolean(java.sql.ResultSet rs, String column)
            throws java.sql.SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
