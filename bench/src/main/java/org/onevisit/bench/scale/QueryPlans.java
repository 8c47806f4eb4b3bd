package org.onevisit.bench.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans of the statements a query ran, captured from the product as it ran them: {@code EXPLAIN (ANALYZE,
 * BUFFERS)} on PostgreSQL, {@code EXPLAIN ANALYZE} on H2, with the indexes each plan uses picked out.
 */
final class QueryPlans {

    /** One statement's plan: the SQL, the indexes (or sequential scans) used, and the whole plan. */
    record Plan(String sql, List<String> access, String text) {
    }

    private static final Pattern PG_ACCESS = Pattern.compile(
            "(Index Only Scan(?: Backward)? using \\S+|Index Scan(?: Backward)? using \\S+|Bitmap Index Scan on \\S+|Seq Scan on \\S+)");
    private static final Pattern H2_ACCESS = Pattern.compile("/\\* (PUBLIC\\.[A-Z0-9_]+(?:\\.tableScan)?)[ :*]");

    /** A resident ID number in a plan's parameters, shown masked as the product shows it. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9X])(?![0-9])");

    private QueryPlans() {
    }

    static List<Plan> explain(BenchDatabase db, List<StatementCapture.Captured> statements) throws SQLException {
        List<Plan> plans = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (StatementCapture.Captured s : statements) {
                if (!s.sql().stripLeading().toUpperCase().startsWith("SELECT")) {
                    continue;
                }
                String explain = (db.isPostgres() ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ") + s.sql();
                StringBuilder text = new StringBuilder();
                try (PreparedStatement ps = c.prepareStatement(explain)) {
                    for (Map.Entry<Integer, Object> p : s.parameters().entrySet()) {
                        ps.setObject(p.getKey(), p.getValue());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            text.append(rs.getString(1)).append('\n');
                        }
                    }
                }
                String shown = ID_NUMBER.matcher(text.toString().strip()).replaceAll("$1********$2");
                plans.add(new Plan(s.sql(), access(shown, db.isPostgres()), shown));
            }
        }
        return plans;
    }

    private static List<String> access(String plan, boolean postgres) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = (postgres ? PG_ACCESS : H2_ACCESS).matcher(plan);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return List.copyOf(found);
    }
}
