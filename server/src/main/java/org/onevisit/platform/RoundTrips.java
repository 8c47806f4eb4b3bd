package org.onevisit.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;

/**
 * Several statements a step needs sent to the database in one round trip where the driver can (PostgreSQL's sends
 * the statements of one prepared text, separated by semicolons, before it waits for their results), and one after
 * the other elsewhere (H2 runs in the JVM, where a round trip costs next to nothing). Each statement is written by
 * the module whose tables it reads or writes, as if it were sent alone; only their journey is shared (ADR 0047).
 * They run in the caller's transaction, in order, each seeing what the ones before it did, as when sent one by
 * one: a {@code FOR UPDATE} first holds its lock for the statements after it.
 */
@Component
public class RoundTrips {

    /** A statement and its parameters; the rows of a query read by {@code rows}, or none for a change. */
    public record Statement<T>(String sql, List<@Nullable Object> params, @Nullable RowMapper<T> rows) {

        public Statement {
            if (sql.indexOf(';') >= 0) {
                throw new IllegalArgumentException("One statement at a time: " + sql);
            }
            params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
        }

        /** A query whose rows {@code rows} reads. */
        public static <T> Statement<T> query(String sql, RowMapper<T> rows, @Nullable Object... params) {
            return new Statement<>(sql, java.util.Arrays.asList(params), rows);
        }

        /** A change (insert, update, delete); its result is the rows it changed. */
        public static Statement<Void> change(String sql, @Nullable Object... params) {
            return new Statement<>(sql, java.util.Arrays.asList(params), null);
        }
    }

    /** What each statement gave, in the order sent: a query's rows, a change's count of rows changed. */
    public record Results(List<Object> each) {

        @SuppressWarnings("unchecked")
        public <T> List<T> rows(int index) {
            return (List<T>) each.get(index);
        }

        public int changed(int index) {
            return (Integer) each.get(index);
        }
    }

    private final JdbcTemplate jdbc;
    private volatile @Nullable Boolean pipelined;

    public RoundTrips(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Sends the statements in one round trip where the database allows it, in the caller's transaction. */
    public Results send(List<Statement<?>> statements) {
        return jdbc.execute((ConnectionCallback<Results>) connection -> pipelined(connection) && statements.size() > 1
                ? together(connection, statements) : oneByOne(connection, statements));
    }

    private boolean pipelined(Connection connection) throws SQLException {
        Boolean known = pipelined;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            pipelined = known;
        }
        return known;
    }

    private static Results together(Connection connection, List<Statement<?>> statements) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (Statement<?> s : statements) {
            sql.append(sql.isEmpty() ? "" : ";\n").append(s.sql());
        }
        List<Object> each = new ArrayList<>(statements.size());
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Statement<?> s : statements) {
                index = bind(ps, index, s.params());
            }
            boolean rows = ps.execute();
            for (Statement<?> s : statements) {
                each.add(s.rows() == null ? ps.getUpdateCount() : read(rows ? ps.getResultSet() : null, s.rows()));
                rows = ps.getMoreResults();
            }
        }
        return new Results(each);
    }

    private static Results oneByOne(Connection connection, List<Statement<?>> statements) throws SQLException {
        List<Object> each = new ArrayList<>(statements.size());
        for (Statement<?> s : statements) {
            try (PreparedStatement ps = connection.prepareStatement(s.sql())) {
                bind(ps, 1, s.params());
                if (s.rows() == null) {
                    each.add(ps.executeUpdate());
                } else {
                    try (ResultSet rs = ps.executeQuery()) {
                        each.add(read(rs, s.rows()));
                    }
                }
            }
        }
        return new Results(each);
    }

    /** Sets {@code params} from parameter {@code index} on; returns the index after them. */
    private static int bind(PreparedStatement ps, int index, List<@Nullable Object> params) throws SQLException {
        int next = index;
        for (Object p : params) {
            StatementCreatorUtils.setParameterValue(ps, next++, SqlTypeValue.TYPE_UNKNOWN, p);
        }
        return next;
    }

    private static <T> List<T> read(@Nullable ResultSet rs, RowMapper<T> mapper) throws SQLException {
        if (rs == null) {
            throw new IllegalStateException("A query sent with others gave no rows");
        }
        List<T> out = new ArrayList<>();
        int n = 0;
        while (rs.next()) {
            out.add(mapper.mapRow(rs, n++));
        }
        return out;
    }
}
