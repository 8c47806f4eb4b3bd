package org.onevisit.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Catalog;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会商: a chief representative of a department taking part in a case asks other departments a question on it, with a
 * reply deadline, and their officials reply ({@link ConsultationPolicy}); all on the case. The case and the
 * departments asked must exist.
 */
@Service
@Transactional
public class Consultations {

    /** A consultation with the replies so far; a reply is empty until given. */
    public record Consultation(long id, String caseNumber, String askedBy, String fromDepartment, String question,
            LocalDate replyBy, Instant askedAt, List<Reply> replies) {

        public Consultation {
            replies = List.copyOf(replies);
        }
    }

    /** A department's reply. */
    public record Reply(String department, String reply, @Nullable String repliedBy, @Nullable Instant repliedAt) {
    }

    private final JdbcClient jdbc;
    private final Actors actors;
    private final CaseFileChanges files;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consultations(JdbcClient jdbc, Actors actors, CaseFileChanges files, Catalog catalog, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.files = files;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    public Consultation ask(String caseNumber, String question, LocalDate replyBy, List<String> departments, String username) {
        Actor who = actors.of(username);
        CaseFile c = files.load(caseNumber);
        ConsultationPolicy.checkAsk(who, caseNumber, departmentsOf(c));
        String from = who.department();
        departments.stream().filter(d -> catalog.department(d).isEmpty()).findFirst().ifPresent(d -> {
            throw CaseworkRefused.rule("casework-department-unknown", "No department " + d, d);
        });
        if (question.isBlank() || departments.isEmpty() || departments.contains(from)) {
            throw CaseworkRefused.rule("casework-consultation-invalid",
                    "A consultation asks a question of at least one other department");
        }
        if (replyBy.isBefore(LocalDate.now(clock))) {
            throw CaseworkRefused.rule("casework-consultation-deadline-past", "The reply deadline is in the past");
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO casework_consultation (case_number, asked_by, from_department, question, reply_by, asked_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, username, from, question.strip(), replyBy, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        departments.stream().distinct().forEach(d -> jdbc.sql(
                "INSERT INTO casework_consultation_reply (consultation_id, department, reply) VALUES (?, ?, '')")
                .params(id, d).update());
        events.publishEvent(new AuditedChange("case", caseNumber, "consult", username, "DEPARTMENT", Map.of(),
                Map.of("to", String.join(",", departments), "replyBy", replyBy.toString()), clock.instant()));
        return find(id);
    }

    public Consultation reply(long id, String reply, String username) {
        Consultation c = find(id);
        Actor who = actors.of(username);
        List<String> asked = c.replies().stream().map(Reply::department).toList();
        ConsultationPolicy.checkReply(who, id, asked);
        String department = who.department();
        if (reply.isBlank()) {
            throw CaseworkRefused.rule("casework-consultation-reply-empty", "A reply says something");
        }
        int updated = jdbc.sql("""
                UPDATE casework_consultation_reply SET reply = ?, replied_by = ?, replied_at = ?
                WHERE consultation_id = ? AND department = ? AND replied_at IS NULL""")
                .params(reply.strip(), username, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), id, department)
                .update();
        if (updated == 0) {
            throw new DomainException(Kind.CONFLICT, "casework-consultation-replied",
                    department + " has replied to consultation " + id, department, id);
        }
        events.publishEvent(new AuditedChange("case", c.caseNumber(), "consultReply", username, "DEPARTMENT", Map.of(),
                Map.of("department", department), clock.instant()));
        return find(id);
    }

    /** A case's consultations with their replies; the case must exist. */
    @ReadOnly
    public List<Consultation> ofCase(String caseNumber) {
        files.load(caseNumber);
        return jdbc.sql("SELECT id FROM casework_consultation WHERE case_number = ? ORDER BY id").param(caseNumber)
                .query(Long.class).list().stream().map(this::find).toList();
    }

    private Consultation find(long id) {
        List<Reply> replies = jdbc.sql("""
                SELECT department, reply, replied_by, replied_at FROM casework_consultation_reply
                WHERE consultation_id = ? ORDER BY department""").param(id)
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject("replied_at", OffsetDateTime.class);
                    return new Reply(rs.getString("department"), rs.getString("reply"), rs.getString("replied_by"),
                            at == null ? null : at.toInstant());
                }).list();
        return jdbc.sql("SELECT id, case_number, asked_by, from_department, question, reply_by, asked_at FROM casework_consultation WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Consultation(rs.getLong("id"), rs.getString("case_number"),
                        rs.getString("asked_by"), rs.getString("from_department"), rs.getString("question"),
                        rs.getObject("reply_by", LocalDate.class),
                        rs.getObject("asked_at", OffsetDateTime.class).toInstant(),
                        replies))
                .optional().orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-consultation-not-found",
                        "No consultation " + id, id));
    }

    /** The departments taking part in a case: each item's own, and those reviewing it jointly. */
    static List<String> departmentsOf(CaseFile c) {
        return c.facts().items().stream().flatMap(i -> Stream.concat(Stream.of(i.department()),
                i.jointDepartments().stream())).distinct().toList();
    }
}
