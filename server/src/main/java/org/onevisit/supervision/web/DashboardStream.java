package org.onevisit.supervision.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.onevisit.casework.DepartmentLights;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.supervision.Dashboard;
import org.onevisit.supervision.DashboardFigures;
import org.onevisit.supervision.MonthTrend;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's figures as server-sent events ({@code figures}, a JSON object): each subscriber gets the current
 * figures at once, then new ones whenever they have changed at a refresh ({@code onevisit.supervision.wall-refresh},
 * default every 15 seconds). Each node reads the figures from the database itself, so a wall screen on any node shows
 * the same. At most {@code onevisit.supervision.wall-subscribers} (default 50) screens follow one node at a time; a
 * screen's connection lasts {@code onevisit.supervision.wall-connection} (default 30 minutes) and the browser
 * reconnects by itself. When the node shuts down, the screens' connections are closed first, so that the web server's
 * graceful shutdown does not wait for them (they reconnect to another node).
 */
@Component
class DashboardStream implements SmartLifecycle {

    private record Subscriber(SseEmitter emitter, Locale locale) {
    }

    private final Dashboard dashboard;
    private final Catalog catalog;
    private final MessageSource messages;
    private final JsonMapper json;
    private final int maxSubscribers;
    private final long connectionMillis;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private volatile @org.jspecify.annotations.Nullable DashboardFigures last;
    private volatile boolean running;

    DashboardStream(Dashboard dashboard, Catalog catalog, MessageSource messages, JsonMapper json,
            @Value("${onevisit.supervision.wall-subscribers:50}") int maxSubscribers,
            @Value("${onevisit.supervision.wall-connection:PT30M}") java.time.Duration connection) {
        this.dashboard = dashboard;
        this.catalog = catalog;
        this.messages = messages;
        this.json = json;
        this.maxSubscribers = maxSubscribers;
        this.connectionMillis = connection.toMillis();
    }

    SseEmitter subscribe(Locale locale) {
        if (subscribers.size() >= maxSubscribers) {
            throw new DomainException(Kind.UNAVAILABLE, "supervision-wall-full",
                    "Too many screens follow the dashboard on this node", maxSubscribers);
        }
        SseEmitter emitter = new SseEmitter(connectionMillis);
        Subscriber subscriber = new Subscriber(emitter, locale);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        DashboardFigures figures = dashboard.figures();
        last = figures;
        if (send(subscriber, figures)) {
            subscribers.add(subscriber);
        }
        return emitter;
    }

    /** Sends the figures to every screen when they changed since they were last sent. */
    @Scheduled(fixedDelayString = "${onevisit.supervision.wall-refresh:PT15S}")
    void refresh() {
        if (subscribers.isEmpty()) {
            return;
        }
        DashboardFigures figures = dashboard.figures();
        if (figures.equals(last)) {
            return;
        }
        last = figures;
        for (Subscriber s : subscribers) {
            if (!send(s, figures)) {
                subscribers.remove(s);
            }
        }
    }

    int subscribers() {
        return subscribers.size();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Closes every screen's connection, before the web server waits for the requests in flight to end. */
    @Override
    public void stop() {
        running = false;
        for (Subscriber s : subscribers) {
            subscribers.remove(s);
            s.emitter().complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown ({@code SmartLifecycle.DEFAULT_PHASE - 1024}). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    private boolean send(Subscriber s, DashboardFigures figures) {
        try {
            s.emitter().send(SseEmitter.event().name("figures").data(payload(figures, s.locale())));
            return true;
        } catch (IOException | IllegalStateException e) {
            s.emitter().completeWithError(e);
            return false;
        }
    }

    /** The figures as the pages' charts and the wall screen read them: one JSON object, names in {@code locale}. */
    String payload(DashboardFigures figures, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Department d : catalog.departments()) {
            names.put(d.code(), d.name(locale));
        }
        List<Map<String, Object>> departments = new ArrayList<>();
        for (DepartmentLights d : figures.departments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", d.department());
            row.put("name", names.getOrDefault(d.department(), d.department()));
            row.put("green", d.green());
            row.put("yellow", d.yellow());
            row.put("red", d.red());
            row.put("owed", d.owedOpinions());
            departments.add(row);
        }
        List<Map<String, Object>> trend = new ArrayList<>();
        for (MonthTrend m : figures.trend()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("month", m.month().toString());
            point.put("opened", m.opened());
            point.put("answered", m.answered());
            point.put("late", m.late());
            point.put("onTimeRate", m.onTimeRate() == null ? null : Math.round(m.onTimeRate() * 1000) / 10.0);
            trend.add(point);
        }
        Map<String, Object> labels = new LinkedHashMap<>();
        for (String key : List.of("green", "yellow", "red", "owed", "opened", "answered", "late", "onTimeRate")) {
            labels.put(key, messages.getMessage("supervision.dashboard.series." + key, null, locale));
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("asOf", figures.asOf().toString());
        all.put("openReviews", figures.openReviews());
        all.put("overdueReviews", figures.overdueReviews());
        all.put("owedOpinions", figures.owedOpinions());
        all.put("nearLegalDeadline", figures.nearLegalDeadline());
        all.put("departments", departments);
        all.put("trend", trend);
        all.put("labels", labels);
        // embedded in a page's data block too: no character there may end the block or start markup
        return json.writeValueAsString(all).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
