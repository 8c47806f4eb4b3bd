package org.onevisit.hall.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.onevisit.hall.HallBoard;
import org.onevisit.hall.QueueChanged;
import org.onevisit.hall.TicketCalled;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The board's server-sent events, for the hall's screens, the supervision wall and the app: one broadcaster thread
 * sends every committed call and queue change to every open stream, so no thread waits per connection and a clerk's
 * call never waits for the screens. On opening a stream gets {@code board} (the current calls and queues), then
 * {@code call} ({@code {"seq","number","type","counter","recall","at","waiting","estimatedMinutes"}}) and {@code queue}
 * ({@code {"seq","type","waiting","estimatedMinutes"}}) events, each with its sequence number as the event id, and a
 * comment every {@code onevisit.hall.board-heartbeat} (default 20 s) that finds closed connections. At most
 * {@code onevisit.hall.board-subscribers} (default 2,000) streams follow one node; one lasts
 * {@code onevisit.hall.board-connection} (default 30 minutes) and the browser reconnects by itself. Stopped before the
 * web server's graceful shutdown, closing every stream (ADR 0040).
 */
@Component
class BoardStream implements SmartLifecycle {

    private record Subscriber(SseEmitter emitter, Locale locale) {
    }

    private record Snapshot(String json, long readAtNanos, long sequence) {
    }

    private final HallBoard board;
    private final JsonMapper json;
    private final int maxSubscribers;
    private final long connectionMillis;
    private final Duration heartbeat;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();
    /** Events not yet sent, each an SSE frame, in the order of their sequence numbers. */
    private final java.util.concurrent.ConcurrentLinkedQueue<String> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean drainScheduled = new java.util.concurrent.atomic.AtomicBoolean();
    /** The board as last read per language, for screens opening within the same second (a wall of them at once). */
    private final Map<Locale, Snapshot> snapshots = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService broadcaster = newBroadcaster();
    private volatile boolean running;

    BoardStream(HallBoard board, JsonMapper json, @Value("${onevisit.hall.board-subscribers:2000}") int maxSubscribers,
            @Value("${onevisit.hall.board-connection:PT30M}") Duration connection,
            @Value("${onevisit.hall.board-heartbeat:PT20S}") Duration heartbeat) {
        this.board = board;
        this.json = json;
        this.maxSubscribers = maxSubscribers;
        this.connectionMillis = connection.toMillis();
        this.heartbeat = heartbeat;
    }

    private static ScheduledExecutorService newBroadcaster() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-board");
            t.setDaemon(true);
            return t;
        });
    }

    SseEmitter subscribe(Locale locale) {
        if (subscribers.size() >= maxSubscribers) {
            throw new DomainException(Kind.UNAVAILABLE, "hall-board-full", "Too many screens follow the board on this node",
                    maxSubscribers);
        }
        SseEmitter emitter = new SseEmitter(connectionMillis);
        Subscriber subscriber = new Subscriber(emitter, locale);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        String snapshot = recentSnapshot(locale);
        try {
            emitter.send(SseEmitter.event().name("board").id(Long.toString(sequence.get())).data(snapshot));
            subscribers.add(subscriber);
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
        return emitter;
    }

    /** The board as read within the last second with no event since, or read now. */
    private String recentSnapshot(Locale locale) {
        Snapshot kept = snapshots.get(locale);
        long now = System.nanoTime();
        if (kept != null && kept.sequence() == sequence.get() && now - kept.readAtNanos() < 1_000_000_000L) {
            return kept.json();
        }
        long seq = sequence.get();
        String json = snapshot(locale);
        snapshots.put(locale, new Snapshot(json, now, seq));
        return json;
    }

    /** The board as it stands, as the {@code board} event and the page's first data carry it. */
    String snapshot(Locale locale) {
        HallBoard.View view = board.view(locale);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("calls", view.calls().stream().map(c -> Map.of("counter", c.counter(), "number", c.number(), "type",
                c.type(), "at", c.at().toString(), "recall", c.recalls())).toList());
        all.put("queues", view.queues().stream().map(q -> Map.of("type", q.type(), "name", q.name(), "waiting",
                q.waiting(), "estimatedMinutes", q.estimatedMinutes())).toList());
        all.put("asOf", view.asOf().toString());
        return safe(json.writeValueAsString(all));
    }

    @EventListener
    synchronized void on(TicketCalled call) {
        long seq = sequence.incrementAndGet();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("seq", seq);
        data.put("number", call.number());
        data.put("type", call.type());
        data.put("counter", call.counter());
        data.put("recall", call.recall());
        data.put("at", call.at().toString());
        data.put("waiting", call.waiting());
        data.put("estimatedMinutes", call.estimatedMinutes());
        broadcast("call", seq, safe(json.writeValueAsString(data)));
    }

    @EventListener
    synchronized void on(QueueChanged change) {
        long seq = sequence.incrementAndGet();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("seq", seq);
        data.put("type", change.type());
        data.put("waiting", change.waiting());
        data.put("estimatedMinutes", change.estimatedMinutes());
        broadcast("queue", seq, safe(json.writeValueAsString(data)));
    }

    /**
     * Queues the event for every open stream. The broadcaster sends what is queued when it gets to it: every event
     * queued meanwhile goes to each stream in one write, in order, so that a burst of calls and queue changes costs
     * each connection one write and one flush, not one per event, and the screens never fall behind.
     */
    private void broadcast(String name, long seq, String data) {
        if (subscribers.isEmpty()) {
            return;
        }
        pending.add("event:" + name + "\nid:" + seq + "\ndata:" + data + "\n\n");
        if (drainScheduled.compareAndSet(false, true)) {
            try {
                broadcaster.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                drainScheduled.set(false);
            }
        }
    }

    /** On the broadcaster: everything queued so far, to every open stream in one write each. */
    private void drain() {
        drainScheduled.set(false);
        StringBuilder frames = new StringBuilder();
        for (String frame = pending.poll(); frame != null; frame = pending.poll()) {
            frames.append(frame);
        }
        if (frames.isEmpty()) {
            return;
        }
        Set<ResponseBodyEmitter.DataWithMediaType> prepared = Set.of(
                new ResponseBodyEmitter.DataWithMediaType(frames.toString(), MediaType.TEXT_PLAIN));
        for (Subscriber s : List.copyOf(subscribers)) {
            send(s, prepared);
        }
    }

    private void heartbeat() {
        var prepared = SseEmitter.event().comment("♥ " + Instant.now().getEpochSecond()).build();
        for (Subscriber s : List.copyOf(subscribers)) {
            send(s, prepared);
        }
    }

    private void send(Subscriber s, Set<ResponseBodyEmitter.DataWithMediaType> event) {
        try {
            s.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(s);
            s.emitter().completeWithError(e);
        }
    }

    int subscribers() {
        return subscribers.size();
    }

    @Override
    public void start() {
        if (broadcaster.isShutdown()) {
            broadcaster = newBroadcaster();
        }
        broadcaster.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Closes every stream before the web server waits for the requests in flight to end. */
    @Override
    public void stop() {
        running = false;
        broadcaster.shutdownNow();
        for (Subscriber s : List.copyOf(subscribers)) {
            subscribers.remove(s);
            s.emitter().complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /** Embedded in a page's data block too: no character there may end the block or start markup. */
    private static String safe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
