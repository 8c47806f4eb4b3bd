package org.onevisit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floors keep SQL of their own on purpose: the fewest statements a case can take, set beside OneVisit's. They must
 * write the server's tables as its migrations make them, or the floor measures a schema the product does not have.
 * Each of the statement floor's statements and the floors' reads is prepared against a database migrated by the
 * server's Flyway migrations (H2 refuses an unknown table or column); the one-statement floor's PostgreSQL-only
 * statements name tables and columns that must all exist there.
 */
class FloorSchemaContractTests {

    private static final Pattern INSERT = Pattern.compile("INSERT INTO (\\w+) \\(([^)]*)\\)");
    private static final Pattern UPDATE = Pattern.compile("UPDATE (\\w+) SET (.*?) WHERE", Pattern.DOTALL);
    private static final Pattern ASSIGNED = Pattern.compile("(\\w+) = ");

    private static ServerSchema schema;

    @BeforeAll
    static void migrate() throws SQLException {
        schema = ServerSchema.migrated();
    }

    @AfterAll
    static void close() throws SQLException {
        schema.close();
    }

    @Test
    void every_statement_of_the_statement_floor_and_every_read_of_the_floors_fits_the_servers_schema() {
        List<String> statements = new ArrayList<>(StatementFloor.statements());
        statements.addAll(Floor.reads());
        for (String sql : statements) {
            assertThatCode(() -> schema.prepare(sql)).as(sql).doesNotThrowAnyException();
        }
    }

    @Test
    void every_table_and_column_the_one_statement_floor_writes_exists_in_the_servers_schema() throws SQLException {
        Map<String, List<String>> written = written(OneStatementFloor.statements());
        assertThat(written).containsKeys("intake_case", "casework_task", "casework_item_decision", "certificate",
                "audit_pending");
        for (Map.Entry<String, List<String>> table : written.entrySet()) {
            assertThat(schema.columns(table.getKey())).as("columns of %s", table.getKey())
                    .containsAll(table.getValue());
        }
    }

    @Test
    void a_column_the_schema_does_not_have_is_found() {
        assertThatCode(() -> schema.prepare("UPDATE intake_case SET no_such_column = 1")).isInstanceOf(SQLException.class);
    }

    /** The tables the statements insert into or update, with the columns they name. */
    static Map<String, List<String>> written(List<String> statements) {
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (String sql : statements) {
            String flat = sql.replaceAll("\\s+", " ");
            Matcher insert = INSERT.matcher(flat);
            while (insert.find()) {
                for (String column : insert.group(2).split(",")) {
                    add(written, insert.group(1), column);
                }
            }
            Matcher update = UPDATE.matcher(flat);
            while (update.find()) {
                Matcher assigned = ASSIGNED.matcher(update.group(2));
                while (assigned.find()) {
                    add(written, update.group(1), assigned.group(1));
                }
            }
        }
        return written;
    }

    private static void add(Map<String, List<String>> written, String table, String column) {
        written.computeIfAbsent(table.toLowerCase(Locale.ROOT), t -> new ArrayList<>())
                .add(column.strip().toLowerCase(Locale.ROOT));
    }
}
