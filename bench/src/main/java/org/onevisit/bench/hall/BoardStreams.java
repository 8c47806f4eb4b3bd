package org.onevisit.bench.hall;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Open server-sent event streams, as the hall's screens and the app's users hold them: each on a connection of its own,
 * none with a thread of its own (the client reads them all asynchronously). Every call that arrives is recorded with
 * the moment it arrived and the stream it arrived on.
 */
final class BoardStreams implements AutoCloseable {

    /** A call as a stream received it: the counter, the ticket, when, and on which stream. */
    record Arrival(int stream, String counter, String ticket, long atNanos, long calledAtMicros, long arrivedAtMicros) {
    }

    /**
     * What a stream's {@code data:} line says about a call: its counter, its ticket and the server's time of the call
     * (an ISO instant), or null for another event.
     */
    interface CallReader extends Function<String, String[]> {
    }

    private final HttpClient client;
    private final List<CompletableFuture<?>> streams = new ArrayList<>();
    private final List<Flow.Subscription> subscriptions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    BoardStreams() {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Opens {@code count} streams on {@code address} and waits until every one has answered (at most a minute). */
    void open(URI address, int count, CallReader reader) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            int stream = i;
            HttpRequest request = HttpRequest.newBuilder(address).header("Accept", "text/event-stream").build();
            streams.add(client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscriptions.add(subscription);
                    open.incrementAndGet();
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (line.startsWith("data:")) {
                        String[] call = reader.apply(line.substring(5).strip());
                        if (call != null) {
                            long nanos = System.nanoTime();
                            java.time.Instant now = java.time.Instant.now();
                            java.time.Instant called = java.time.Instant.parse(call[2]);
                            arrivals.add(new Arrival(stream, call[0], call[1], nanos,
                                    called.getEpochSecond() * 1_000_000 + called.getNano() / 1000,
                                    now.getEpochSecond() * 1_000_000 + now.getNano() / 1000));
                        }
                    }
                }

                @Override
                public void onError(Throwable throwable) {
                    failed.incrementAndGet();
                }

                @Override
                public void onComplete() {
                    open.decrementAndGet();
                }
            })).exceptionally(e -> {
                failed.incrementAndGet();
                return null;
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (open.get() + failed.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (open.get() < count) {
            throw new IllegalStateException("Only " + open.get() + " of " + count + " streams opened (" + failed.get()
                    + " failed)");
        }
    }

    /** How many streams are open now. */
    int openNow() {
        return open.get();
    }

    /** How many streams ended in an error. */
    int failed() {
        return failed.get();
    }

    /** Every call received so far, on every stream. */
    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    @Override
    public void close() {
        subscriptions.forEach(Flow.Subscription::cancel);
        streams.forEach(s -> s.cancel(true));
    }
}
