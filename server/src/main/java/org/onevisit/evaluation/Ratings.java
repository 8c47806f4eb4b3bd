package org.onevisit.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The ratings, one a case (its unique key the guard against a second one stored meanwhile). */
@Repository
class Ratings {

    private static final String COLUMNS = "id, case_number, department, subject_name, grade, reasons, comment, channel,"
            + " rated_by, rated_at, rated_on, applicant, excluded";

    private final JdbcClient jdbc;

    Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new rating and answers its id; a second rating of the case fails on the unique key. */
    long add(Rating r) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO evaluation_rating (case_number, department, subject_name, grade, reasons, comment, channel,"
                        + " rated_by, rated_at, rated_on, applicant, excluded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")
                .params(r.caseNumber(), r.department(), r.subjectName(), r.grade().name(),
                        r.answer().reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        r.answer().comment(), r.channel().name(), r.ratedBy(),
                        OffsetDateTime.ofInstant(r.ratedAt(), ZoneOffset.UTC), r.ratedOn(), r.applicant())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean rated(String caseNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation_rating WHERE case_number = ?").param(caseNumber)
                .query(Integer.class).single() > 0;
    }

    Optional<Rating> ofCase(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_rating WHERE case_number = ?").param(caseNumber)
                .query(Ratings::read).optional();
    }

    Optional<Rating> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_rating WHERE id = ?").param(id).query(Ratings::read)
                .optional();
    }

    List<Rating> find(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_rating WHERE id IN (:ids)").param("ids", ids)
                .query(Ratings::read).list();
    }

    void exclude(long id) {
        jdbc.sql("UPDATE evaluation_rating SET excluded = TRUE WHERE id = ?").param(id).update();
    }

    /** The ratings given between the two days (inclusive) and counted (not excluded), by grade. */
    java.util.Map<Grade, Integer> countByGrade(LocalDate from, LocalDate to) {
        java.util.Map<Grade, Integer> counts = new java.util.EnumMap<>(Grade.class);
        jdbc.sql("SELECT grade, COUNT(*) FROM evaluation_rating WHERE rated_on BETWEEN :from AND :to AND excluded = FALSE"
                        + " GROUP BY grade")
                .param("from", from).param("to", to)
                .query((rs, n) -> counts.put(Grade.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    /** The ratings given between the two days (inclusive), of one department or all, in the order given. */
    List<Rating> between(LocalDate from, LocalDate to, @Nullable String department) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_rating WHERE rated_on BETWEEN :from AND :to"
                        + (department == null ? "" : " AND department = :department") + " ORDER BY rated_at, id")
                .param("from", from).param("to", to).params(department == null ? java.util.Map.of()
                        : java.util.Map.of("department", department))
                .query(Ratings::read).list();
    }

    private static Rating read(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString("reasons");
        RatingChannel channel = RatingChannel.valueOf(rs.getString("channel"));
        Answer answer = new Answer(Grade.valueOf(rs.getString("grade")), reasons.isEmpty() ? java.util.Set.of()
                : Arrays.stream(reasons.split(",")).map(Indicator::valueOf).collect(Collectors.toSet()),
                rs.getString("comment"), channel);
        return new Rating(rs.getLong("id"), rs.getString("case_number"), rs.getString("department"),
                rs.getString("subject_name"), answer, rs.getString("rated_by"),
                rs.getObject("rated_at", OffsetDateTime.class).toInstant(), rs.getObject("rated_on", LocalDate.class),
                rs.getString("applicant"), rs.getBoolean("excluded"));
    }
}
