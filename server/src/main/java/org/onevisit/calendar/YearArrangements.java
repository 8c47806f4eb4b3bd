package org.onevisit.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored arrangements: a row per year, a row per listed day. */
@Repository
class YearArrangements {

    private final JdbcClient jdbc;

    YearArrangements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<YearArrangement> findAll() {
        Map<Integer, List<SpecialDay>> days = new LinkedHashMap<>();
        jdbc.sql("SELECT day_date, arrangement_year, kind, holiday_name FROM calendar_day ORDER BY day_date")
                .query((rs, n) -> {
                    days.computeIfAbsent(rs.getInt("arrangement_year"), y -> new ArrayList<>()).add(day(rs));
                    return n;
                }).list();
        return jdbc.sql("SELECT * FROM calendar_year ORDER BY arrangement_year")
                .query((rs, n) -> arrangement(rs, days.getOrDefault(rs.getInt("arrangement_year"), List.of())))
                .list();
    }

    Optional<YearArrangement> find(int year) {
        List<SpecialDay> days = jdbc.sql("""
                SELECT day_date, kind, holiday_name FROM calendar_day WHERE arrangement_year = :year ORDER BY day_date""")
                .param("year", year).query((rs, n) -> day(rs)).list();
        return jdbc.sql("SELECT * FROM calendar_year WHERE arrangement_year = :year").param("year", year)
                .query((rs, n) -> arrangement(rs, days)).optional();
    }

    void add(YearArrangement arrangement) {
        try {
            jdbc.sql("""
                    INSERT INTO calendar_year (arrangement_year, notice_title, notice_reference, notice_published, status, version)
                    VALUES (:year, :title, :reference, :published, :status, :version)""")
                    .param("year", arrangement.year())
                    .param("title", arrangement.notice().title())
                    .param("reference", arrangement.notice().reference())
                    .param("published", arrangement.notice().publishedOn())
                    .param("status", arrangement.status().name())
                    .param("version", arrangement.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new YearAlreadyArranged(arrangement.year());
        }
        insertDays(arrangement);
    }

    /**
     * Stores the changed arrangement if the stored one is still at {@code readVersion}, and answers it
     * with its new version.
     */
    YearArrangement save(YearArrangement changed, long readVersion) {
        int updated = jdbc.sql("""
                UPDATE calendar_year SET status = :status, version = version + 1
                WHERE arrangement_year = :year AND version = :version""")
                .param("status", changed.status().name())
                .param("year", changed.year())
                .param("version", readVersion)
                .update();
        if (updated == 0) {
            long current = jdbc.sql("SELECT version FROM calendar_year WHERE arrangement_year = :year")
                    .param("year", changed.year()).query(Long.class).optional().orElse(-1L);
            throw new ArrangementChanged(changed.year(), readVersion, current);
        }
        jdbc.sql("DELETE FROM calendar_day WHERE arrangement_year = :year").param("year", changed.year()).update();
        insertDays(changed);
        return new YearArrangement(changed.year(), changed.notice(), changed.status(), changed.days(), readVersion + 1);
    }

    private void insertDays(YearArrangement arrangement) {
        for (SpecialDay day : arrangement.days()) {
            jdbc.sql("""
                    INSERT INTO calendar_day (day_date, arrangement_year, kind, holiday_name)
                    VALUES (:date, :year, :kind, :name)""")
                    .param("date", day.date())
                    .param("year", arrangement.year())
                    .param("kind", day.kind().name())
                    .param("name", day.name())
                    .update();
        }
    }

    private static SpecialDay day(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SpecialDay(rs.getObject("day_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getString("holiday_name"));
    }

    private static YearArrangement arrangement(java.sql.ResultSet rs, List<SpecialDay> days) throws java.sql.SQLException {
        Notice notice = new Notice(rs.getString("notice_title"), rs.getString("notice_reference"),
                rs.getObject("notice_published", LocalDate.class));
        return new YearArrangement(rs.getInt("arrangement_year"), notice,
                ArrangementStatus.valueOf(rs.getString("status")), days, rs.getLong("version"));
    }
}
