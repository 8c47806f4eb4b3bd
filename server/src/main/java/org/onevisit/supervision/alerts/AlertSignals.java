package org.onevisit.supervision.alerts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onevisit.casework.OpenAlerts;
import org.onevisit.casework.WatchedClock.Watched;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open alerts casework's inbox tags its rows with ({@link OpenAlerts}): per clock the highest level whose alert is
 * not answered yet, read from the alerts' table in one query per page, in chunks of at most {@value #CHUNK} keys.
 */
@Component
class AlertSignals implements OpenAlerts {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    AlertSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Signal> highest(Watched watched, Collection<String> keys) {
        Map<String, Signal> found = new HashMap<>();
        List<String> all = keys.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("SELECT watched_key, level FROM supervision_alert WHERE watched = :watched"
                            + " AND watched_key IN (:keys) AND state <> :answered")
                    .param("watched", watched.name()).param("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .param("answered", AlertState.ANSWERED.name())
                    .query((rs, n) -> Map.entry(rs.getString("watched_key"), Signal.valueOf(rs.getString("level"))))
                    .list().forEach(e -> found.merge(e.getKey(), e.getValue(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        }
        return found;
    }
}
