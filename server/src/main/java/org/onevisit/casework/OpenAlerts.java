package org.onevisit.casework;

import java.util.Collection;
import java.util.Map;

import org.onevisit.casework.WatchedClock.Watched;

/**
 * The alerts (预警纠错) still open on casework's clocks, as casework's pages show them: declared here and implemented by
 * supervision, which stands above casework and keeps the alerts, so that the inbox can tag a step without casework
 * depending on supervision — the reverse of {@link WatchedClocks}. With no implementation in the application, nothing
 * is tagged.
 */
public interface OpenAlerts {

    /**
     * The highest level of the alerts not yet answered on each of {@code keys} of {@code watched} clocks (a step's task
     * id, a case's number); keys with none are absent.
     */
    Map<String, Signal> highest(Watched watched, Collection<String> keys);

    /** An open alert's level, lowest first. */
    enum Signal {
        /** 预警. */
        WARNING,
        /** 黄牌. */
        YELLOW,
        /** 红牌. */
        RED
    }
}
