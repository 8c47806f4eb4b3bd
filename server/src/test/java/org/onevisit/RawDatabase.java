package org.onevisit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

/** The database as someone with a copy of it sees it: every text column of every table, read without the product. */
public final class RawDatabase {

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    private RawDatabase() {
    }

    /** The text columns of the tables in the connection's schema, as {@code table.column}. */
    public static List<String> textColumns(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return textColumns(c);
        }
    }

    /** Where any of the values appears, as {@code table.column: value} in lower case; empty when none does. */
    public static List<String> whereAnyAppears(DataSource dataSource, List<String> values) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String column : textColumns(c)) {
                String[] parts = column.split("\\.");
                for (String value : values) {
                    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM \"" + parts[0] + "\" WHERE \""
                            + parts[1] + "\" LIKE ?")) {
                        s.setString(1, "%" + value + "%");
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(column.toLowerCase(java.util.Locale.ROOT) + ": " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> textColumns(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", "%")) {
            while (rs.next()) {
                if (tables.contains(rs.getString("TABLE_NAME")) && TEXT.contains(rs.getInt("DATA_TYPE"))) {
                    columns.add(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
