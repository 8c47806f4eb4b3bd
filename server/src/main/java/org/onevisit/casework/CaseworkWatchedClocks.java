package org.onevisit.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.onevisit.casework.WatchedClock.Watched;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The clocks casework keeps, for supervision's alerts: each review step still to be answered — or deemed to consent
 * with its real opinion still owed, for its limit was overrun all the same — against its deadline, standing still
 * while it waits for a correction (补正) or a special procedure (中止); and each case not yet decided in full against
 * its promised deadline, standing still while any of its steps does, or while, accepted on a pledge (容缺) with every
 * review answered, it waits only for the applicant's pledged materials.
 */
@Component
class CaseworkWatchedClocks implements WatchedClocks {

    private static final EnumSet<TaskStatus> STOPPED = EnumSet.of(TaskStatus.AWAITING_CORRECTION, TaskStatus.SUSPENDED);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseworkWatchedClocks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<WatchedClock> dueBy(LocalDate horizon) {
        List<WatchedClock> clocks = new ArrayList<>(steps(horizon));
        clocks.addAll(cases(horizon));
        clocks.sort(Comparator.comparing(WatchedClock::deadline));
        return clocks;
    }

    private List<WatchedClock> steps(LocalDate horizon) {
        return jdbc.sql("SELECT t.id, t.case_number, t.item_code, t.department, t.status, t.deadline, f.subject_name, f.items"
                        + " FROM casework_task t JOIN case_file f ON f.number = t.case_number"
                        + " WHERE t.deadline <= ? AND (t.status IN " + TaskStatus.sql(TaskStatus.UNFINISHED)
                        + " OR t.status = " + TaskStatus.DEEMED_CONSENT.sql()
                        + " AND t.opinion_owed_by IS NOT NULL AND t.late_opinion IS NULL)"
                        + " ORDER BY t.deadline, t.id")
                .param(horizon).query((rs, n) -> new WatchedClock(Watched.STEP, String.valueOf(rs.getLong("id")),
                        rs.getString("case_number"), itemName(rs, rs.getString("item_code")), rs.getString("department"),
                        rs.getObject("deadline", LocalDate.class),
                        STOPPED.contains(TaskStatus.valueOf(rs.getString("status")))))
                .list();
    }

    private List<WatchedClock> cases(LocalDate horizon) {
        return jdbc.sql("SELECT f.number, f.subject_name, f.items, f.status, f.promised_by, f.pledge_kept,"
                        + " (SELECT COUNT(*) FROM casework_task t WHERE t.case_number = f.number AND t.status IN "
                        + TaskStatus.sql(STOPPED) + ") AS stopped_steps,"
                        + " (SELECT COUNT(*) FROM casework_task t WHERE t.case_number = f.number AND t.status IN "
                        + TaskStatus.sql(TaskStatus.UNFINISHED) + ") AS open_steps,"
                        + " (SELECT COUNT(*) FROM casework_item_decision d WHERE d.case_number = f.number) AS decided"
                        + " FROM case_file f WHERE f.status IN ('" + HandlingStatus.ACCEPTED.name() + "', '"
                        + HandlingStatus.ACCEPTED_ON_PLEDGE.name() + "') AND f.promised_by <= ? ORDER BY f.promised_by, f.number")
                .param(horizon).query(this::caseRow).list().stream()
                .filter(CaseRow::undecided).map(CaseRow::clock).toList();
    }

    /** A case's clock, and whether an item of it is still undecided: once all are, the promise is kept or broken. */
    private record CaseRow(WatchedClock clock, boolean undecided) {
    }

    private CaseRow caseRow(ResultSet rs, int row) throws SQLException {
        List<FileItem> items = json.readValue(rs.getString("items"), CaseFiles.ITEMS);
        boolean waitingForPledge = HandlingStatus.valueOf(rs.getString("status")) == HandlingStatus.ACCEPTED_ON_PLEDGE
                && !rs.getBoolean("pledge_kept") && rs.getInt("open_steps") == 0;
        return new CaseRow(new WatchedClock(Watched.CASE, rs.getString("number"), rs.getString("number"),
                rs.getString("subject_name"), items.get(0).department(), rs.getObject("promised_by", LocalDate.class),
                rs.getInt("stopped_steps") > 0 || waitingForPledge), rs.getInt("decided") < items.size());
    }

    private String itemName(ResultSet rs, String itemCode) throws SQLException {
        List<FileItem> items = json.readValue(rs.getString("items"), CaseFiles.ITEMS);
        return items.stream().filter(i -> i.code().equals(itemCode)).map(FileItem::name).findFirst()
                .orElse(rs.getString("subject_name"));
    }
}
