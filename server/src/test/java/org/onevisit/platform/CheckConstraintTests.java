package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The database keeps checking a table's CHECK constraints, and keeps accepting the rows that pass them, after the
 * connection that created the table has closed, as the pool closes the migration's connection after a while. H2
 * 2.4.240 did not: from then on it refused every row with "Check constraint invalid", and on a fresh embedded
 * database adding a holiday calendar year failed with a 500.
 */
@SpringBootTest
class CheckConstraintTests {

    @Autowired
    DataSource dataSource;

    @Test
    void a_check_constraint_still_holds_and_admits_valid_rows_after_the_creating_connection_has_closed() throws SQLException {
        try (Connection creating = ownConnection(); Statement s = creating.createStatement()) {
            s.execute("CREATE TABLE check_constraint_probe (id INT PRIMARY KEY, status VARCHAR(20) NOT NULL,"
                    + " CONSTRAINT check_constraint_probe_status CHECK (status IN ('DRAFT', 'PUBLISHED')))");
        }
        try (Connection later = ownConnection()) {
            try (PreparedStatement insert = later.prepareStatement("INSERT INTO check_constraint_probe VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "DRAFT");
                assertThat(insert.executeUpdate()).isEqualTo(1);
                insert.setInt(1, 2);
                insert.setString(2, "ARCHIVED");
                assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class);
            }
        } finally {
            try (Connection c = ownConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE check_constraint_probe");
            }
        }
    }

    /** A connection of its own to the test database, outside the pool, so that closing it really closes it. */
    private Connection ownConnection() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }
}
