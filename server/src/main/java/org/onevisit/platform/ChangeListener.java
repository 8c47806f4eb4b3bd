package org.onevisit.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * The thread that hears the other nodes' {@link ChangeSignals} on PostgreSQL: a connection of its own, outside the
 * pool (it is held for the life of the node and must not take a place the requests need), listening on
 * {@value ChangeSignals#CHANNEL}, and on {@value ChangeSignals#RELAY_CHANNEL} for the other nodes' relays. Between
 * polls it checks that the connection still answers; when it fails, every cache is told to forget and is bypassed
 * until the listener has connected and listened again, retried after a pause that doubles from {@link #FIRST_RETRY}
 * up to {@link #LAST_RETRY}. A daemon thread, stopped with the application.
 */
final class ChangeListener implements SmartLifecycle {

    /** How the listener's session is named in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "onevisit-changes";
    static final Duration FIRST_RETRY = Duration.ofMillis(100);
    static final Duration LAST_RETRY = Duration.ofSeconds(5);
    private static final int POLL_MILLIS = 1000;
    private static final int CHECK_SECONDS = 1;
    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

    private final String url;
    private final Properties connection;
    private final Generations generations;
    private final String node;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private volatile @Nullable Thread thread;

    ChangeListener(String url, String user, String password, Generations generations, String node,
            ApplicationEventPublisher events) {
        this.url = url;
        this.connection = new Properties();
        this.connection.setProperty("user", user);
        this.connection.setProperty("password", password);
        this.connection.setProperty("ApplicationName", APPLICATION_NAME);
        this.connection.setProperty("tcpKeepAlive", "true");
        this.generations = generations;
        this.node = node;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        Thread listening = new Thread(this::listenUntilStopped, APPLICATION_NAME);
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    /** Waits for the thread to leave its poll, at most a poll and its check; it closes its own connection. */
    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(POLL_MILLIS + CHECK_SECONDS * 1000L + 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        Duration pause = FIRST_RETRY;
        while (running) {
            try (Connection listening = DriverManager.getConnection(url, connection)) {
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + ChangeSignals.CHANNEL);
                    statement.execute("LISTEN " + ChangeSignals.RELAY_CHANNEL);
                }
                generations.regained();
                pause = FIRST_RETRY;
                hear(listening);
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the change listener's connection; caches are bypassed until it is back: {}",
                            e.getMessage());
                }
            }
            generations.lost();
            if (running && !pausedFor(pause)) {
                return;
            }
            Duration doubled = pause.multipliedBy(2);
            pause = doubled.compareTo(LAST_RETRY) < 0 ? doubled : LAST_RETRY;
        }
    }

    private void hear(Connection listening) throws SQLException {
        PGConnection notifications = listening.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] heard = notifications.getNotifications(POLL_MILLIS);
            if (heard == null || heard.length == 0) {
                if (!listening.isValid(CHECK_SECONDS)) {
                    throw new SQLException("the connection no longer answers");
                }
                continue;
            }
            for (PGNotification notification : heard) {
                if (ChangeSignals.RELAY_CHANNEL.equals(notification.getName())) {
                    relayed(notification.getParameter());
                } else {
                    generations.changed(notification.getParameter());
                }
            }
        }
    }

    /** Another node's relayed message, published here; this node's own were handled where they were made. */
    private void relayed(String message) {
        String[] parts = message.split(" ", 3);
        if (parts.length < 3 || parts[0].equals(node)) {
            return;
        }
        try {
            events.publishEvent(new RelayedChange(parts[1], parts[2]));
        } catch (RuntimeException e) {
            log.warn("A change relayed on topic {} was not handled: {}", parts[1], e.toString());
        }
    }

    /** False when the application stops meanwhile. */
    private boolean pausedFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException stopping) {
            return false;
        }
    }
}
