package org.onevisit.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.bench.ServerSchema;

/**
 * The scale fill writes a million cases' rows straight into the product's tables (COPY on PostgreSQL): every table and
 * column it writes must exist as the server's migrations make them.
 */
class ScaleFillSchemaContractTests {

    @Test
    void every_table_and_column_the_scale_fill_writes_exists_in_the_servers_schema() throws SQLException {
        try (ServerSchema schema = ServerSchema.migrated()) {
            for (TableWriter.Target target : CaseGenerator.targets()) {
                assertThat(schema.columns(target.table())).as("columns of %s", target.table())
                        .containsAll(List.of(target.columns()));
            }
        }
    }
}
