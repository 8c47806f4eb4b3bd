package org.onevisit.bench.hall;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hall at the peak of a large centre: {@code --streams} open board streams (the hall's screens and the app's users),
 * {@code --counters} counters calling their next ticket as each service ends, and tickets taken at the door at an open
 * arrival rate ({@code --tickets-per-minute}), whatever the server's pace. Every call is timed from the moment its
 * clerk sent it to its arrival on every open stream; a call that never arrives on a stream is lost there. The server's
 * heap after a full collection is read before and after the measured period.
 * <p>
 * {@code --db} is a PostgreSQL database the run drops and creates; the server starts on it with the demo catalog.
 */
public final class HallBench {

    private static final String PASSWORD = "Peak-Queue-7391";
    private static final Pattern CALL = Pattern.compile(
            "\"number\":\"([^\"]+)\".*\"counter\":\"([^\"]+)\".*\"recall\":(\\d+).*\"at\":\"([^\"]+)\"");
    /** A counter with nobody waiting looks again after this long, as a clerk presses 下一位 again. */
    private static final long IDLE_LOOK_AGAIN_MILLIS = 5000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A call as its clerk sent it. */
    record Call(String counter, String number, long sentNanos, long answeredNanos) {
    }

    private HallBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            options.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
        }
        boolean quick = options.containsKey("quick");
        int streams = Integer.parseInt(options.getOrDefault("streams", "1000"));
        int counters = Integer.parseInt(options.getOrDefault("counters", "60"));
        int ticketsPerMinute = Integer.parseInt(options.getOrDefault("tickets-per-minute", "300"));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up-seconds", quick ? "20" : "60")));
        Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", quick ? "60" : "300")));
        String url = options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/onevisit_hall_bench");
        String user = options.getOrDefault("db-user", "postgres");
        String dbPassword = options.getOrDefault("db-password", "");
        Path out = Path.of(options.getOrDefault("out", "bench/results/hall"));
        Files.createDirectories(out);

        recreate(url, user, dbPassword);
        log("starting the server on " + url);
        try (StartedServer server = StartedServer.start(url, user, dbPassword, options.getOrDefault("heap", "1g"),
                out.resolve("server.log"))) {
            HallApiClient api = new HallApiClient(server.base());
            Map<String, List<String>> seats = seatCounters(api, counters);
            log("seated " + seats.values().stream().mapToInt(List::size).sum() + " clerks at counters of types "
                    + seats.keySet());
            Result result = run(server, api, seats, streams, ticketsPerMinute, warmUp, measured);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("machine", org.onevisit.bench.scale.Machine.describe());
            report.put("at", Instant.now().toString());
            report.put("database", "PostgreSQL " + serverVersion(url, user, dbPassword));
            report.put("streams", streams);
            report.put("counters", counters);
            report.put("ticketsPerMinute", ticketsPerMinute);
            report.put("warmUpSeconds", warmUp.toSeconds());
            report.put("measuredSeconds", measured.toSeconds());
            report.putAll(result.figures());
            Files.writeString(out.resolve("hall.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            Files.writeString(out.resolve("hall.md"), markdown(report));
            System.out.print(markdown(report));
        }
    }

    /** What the measured period gave. */
    record Result(Map<String, Object> figures) {
    }

    /**
     * Adds counters (by the administrators' API) until there are {@code total}: about half comprehensive (type A), the
     * rest spread over the departments' types, each like the type's first counter; opens a clerk for each (who changes
     * the password the administrator set) and seats them there. Answers the clerks by counter type.
     */
    private static Map<String, List<String>> seatCounters(HallApiClient api, int total) throws Exception {
        JsonNode existing = JSON.readTree(api.expect(api.get("/api/v1/counters", null, null), 200).body());
        Map<String, List<JsonNode>> byType = new TreeMap<>();
        for (JsonNode c : existing) {
            Matcher m = Pattern.compile("^([A-Z]+)\\d+$").matcher(c.get("number").asString());
            if (m.find()) {
                byType.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(c);
            }
        }
        if (!byType.containsKey("A")) {
            throw new IllegalStateException("The demo hall has no comprehensive counters (type A)");
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        int others = byType.size() - 1;
        wanted.put("A", others == 0 ? total : total / 2);
        int rest = total - wanted.get("A");
        int i = 0;
        for (String type : byType.keySet()) {
            if (!type.equals("A")) {
                wanted.put(type, rest / others + (i++ < rest % others ? 1 : 0));
            }
        }
        Map<String, List<String>> clerks = new LinkedHashMap<>();
        int clerkNumber = 0;
        for (var entry : wanted.entrySet()) {
            String type = entry.getKey();
            List<JsonNode> have = byType.get(type);
            JsonNode model = have.get(0);
            List<String> numbers = new ArrayList<>(have.stream().map(c -> c.get("number").asString()).toList());
            for (int n = 1; numbers.size() < entry.getValue(); n++) {
                String number = type + String.format("%02d", n);
                if (numbers.contains(number)) {
                    continue;
                }
                String department = model.get("departmentCode") == null || model.get("departmentCode").isNull() ? null
                        : model.get("departmentCode").asString();
                api.expect(api.send("POST", "/api/v1/counters", "admin", "demo1234", JSON.writeValueAsString(
                        mapOf("number", number, "name", "压测窗口 " + number, "kind", model.get("kind").asString(),
                                "departmentCode", department))), 201);
                numbers.add(number);
            }
            for (String counter : numbers.subList(0, entry.getValue())) {
                String username = "hall-bench-" + (++clerkNumber);
                api.expect(api.send("POST", "/api/v1/staff", "admin", "demo1234", JSON.writeValueAsString(Map.of(
                        "username", username, "displayName", "压测受理员" + clerkNumber, "roles", List.of("CLERK"),
                        "password", PASSWORD + "-first"))), 201);
                api.expect(api.send("POST", "/api/v1/account/password", username, PASSWORD + "-first",
                        JSON.writeValueAsString(Map.of("currentPassword", PASSWORD + "-first", "newPassword", PASSWORD))),
                        204);
                api.expect(api.send("PUT", "/api/v1/staff/" + username + "/counter", "admin", "demo1234",
                        JSON.writeValueAsString(Map.of("counter", counter))), 200);
                clerks.computeIfAbsent(type, k -> new ArrayList<>()).add(username);
            }
        }
        return clerks;
    }

    private static Map<String, Object> mapOf(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    private static Result run(StartedServer server, HallApiClient api, Map<String, List<String>> clerks, int streamCount,
            int ticketsPerMinute, Duration warmUp, Duration measured) throws Exception {
        List<String> types = new ArrayList<>();
        clerks.forEach((type, list) -> list.forEach(c -> types.add(type)));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean recording = new AtomicBoolean(false);
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicInteger ticketsTaken = new AtomicInteger();
        AtomicInteger ticketErrors = new AtomicInteger();
        AtomicInteger callErrors = new AtomicInteger();
        try (BoardStreams boards = new BoardStreams()) {
            log("opening " + streamCount + " board streams");
            boards.open(api.resolve("/api/v1/hall/board/stream"), streamCount, data -> {
                Matcher m = CALL.matcher(data);
                return m.find() && !data.startsWith("{\"calls\"") && "0".equals(m.group(3))
                        ? new String[] {m.group(2), m.group(1), m.group(4)} : null;
            });
            log(boards.openNow() + " streams open");

            // tickets at the door: an open arrival rate, sent whatever the answers' pace
            ScheduledExecutorService door = Executors.newSingleThreadScheduledExecutor();
            SplittableRandom random = new SplittableRandom(19);
            long period = Math.max(1, 60_000_000L / ticketsPerMinute);
            door.scheduleAtFixedRate(() -> {
                String type = types.get(random.nextInt(types.size()));
                api.postAsync("/api/v1/hall/tickets", "hall-bench-1", PASSWORD, "{\"type\":\"" + type + "\"}")
                        .whenComplete((answer, e) -> {
                            if (e == null && answer.statusCode() == 201) {
                                ticketsTaken.incrementAndGet();
                            } else if (ticketErrors.incrementAndGet() <= 3) {
                                log("a ticket was refused: " + (e != null ? e : answer.statusCode() + " " + answer.body()));
                            }
                        });
            }, 0, period, TimeUnit.MICROSECONDS);

            // each counter calls its next ticket when its service ends; a service lasts as long as the arrivals allow
            // the counters to keep up at about five in six of their time
            double meanServiceMillis = 60_000.0 * types.size() / ticketsPerMinute * 5 / 6;
            List<Thread> counterThreads = new ArrayList<>();
            CountDownLatch stopped = new CountDownLatch(types.size());
            int index = 0;
            for (var entry : clerks.entrySet()) {
                for (String clerk : entry.getValue()) {
                    SplittableRandom own = new SplittableRandom(1000 + index++);
                    Thread t = new Thread(() -> {
                        try {
                            while (running.get()) {
                                long sent = System.nanoTime();
                                HttpResponse<String> answer = api.send("POST", "/api/v1/hall/desk/next", clerk, PASSWORD,
                                        "");
                                if (answer.statusCode() == 200) {
                                    JsonNode ticket = JSON.readTree(answer.body());
                                    if (recording.get()) {
                                        calls.add(new Call(ticket.get("counter").asString(),
                                                ticket.get("number").asString(), sent, System.nanoTime()));
                                    }
                                    Thread.sleep((long) (-Math.log(1 - own.nextDouble()) * meanServiceMillis));
                                } else if (answer.statusCode() == 204) {
                                    Thread.sleep(IDLE_LOOK_AGAIN_MILLIS);
                                } else {
                                    if (callErrors.incrementAndGet() <= 3) {
                                        log("a call was refused: " + answer.statusCode() + " " + answer.body());
                                    }
                                    Thread.sleep(1000);
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (Exception e) {
                            callErrors.incrementAndGet();
                            log("a counter stopped: " + e);
                        } finally {
                            stopped.countDown();
                        }
                    }, "counter-" + clerk);
                    t.setDaemon(true);
                    t.start();
                    counterThreads.add(t);
                }
            }

            log("warming up for " + warmUp.toSeconds() + " s");
            Thread.sleep(warmUp.toMillis());
            double heapBefore = server.heapUsedMb(true);
            int ticketsBefore = ticketsTaken.get();
            recording.set(true);
            long measureStart = System.nanoTime();
            List<Double> heapSamples = new ArrayList<>();
            log("measuring for " + measured.toSeconds() + " s");
            long sampleEvery = Math.max(10, measured.toSeconds() / 10);
            for (long s = 0; s < measured.toSeconds(); s += sampleEvery) {
                Thread.sleep(Math.min(sampleEvery, measured.toSeconds() - s) * 1000);
                heapSamples.add(server.heapUsedMb(false));
            }
            recording.set(false);
            long measureEnd = System.nanoTime();
            int ticketsDuring = ticketsTaken.get() - ticketsBefore;
            running.set(false);
            door.shutdownNow();
            stopped.await(60, TimeUnit.SECONDS);
            Thread.sleep(5000); // the last calls' arrivals
            double heapAfter = server.heapUsedMb(true);
            int openAtEnd = boards.openNow();

            // every recorded call on every stream that was open
            Map<String, long[]> arrivalByCallAndStream = new HashMap<>();
            for (BoardStreams.Arrival a : boards.arrivals()) {
                arrivalByCallAndStream.computeIfAbsent(a.counter() + "|" + a.ticket(), k -> new long[streamCount]);
                long[] at = arrivalByCallAndStream.get(a.counter() + "|" + a.ticket());
                if (at[a.stream()] == 0) {
                    at[a.stream()] = a.atNanos();
                }
            }
            Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
            Histogram answered = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
            Histogram broadcast = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
            Map<String, Call> byCall = new HashMap<>();
            long lost = 0;
            long delivered = 0;
            List<Call> recorded = List.copyOf(calls);
            for (Call call : recorded) {
                answered.recordValue(Math.max(1, (call.answeredNanos() - call.sentNanos()) / 1000));
                byCall.put(call.counter() + "|" + call.number(), call);
                long[] at = arrivalByCallAndStream.get(call.counter() + "|" + call.number());
                for (int s = 0; s < streamCount; s++) {
                    if (at == null || at[s] == 0) {
                        lost++;
                    } else {
                        delivered++;
                        latency.recordValue(Math.max(1, (at[s] - call.sentNanos()) / 1000));
                    }
                }
            }
            for (BoardStreams.Arrival a : boards.arrivals()) {
                if (byCall.containsKey(a.counter() + "|" + a.ticket())) {
                    broadcast.recordValue(Math.max(1, a.arrivedAtMicros() - a.calledAtMicros()));
                }
            }
            double seconds = (measureEnd - measureStart) / 1e9;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("calls", recorded.size());
            f.put("callsPerMinute", Math.round(recorded.size() / seconds * 60 * 10) / 10.0);
            f.put("ticketsTaken", ticketsDuring);
            f.put("ticketsPerMinuteMeasured", Math.round(ticketsDuring / seconds * 60 * 10) / 10.0);
            f.put("ticketErrors", ticketErrors.get());
            f.put("callErrors", callErrors.get());
            f.put("arrivals", delivered);
            f.put("lost", lost);
            f.put("streamsOpenAtEnd", openAtEnd);
            f.put("streamsFailed", boards.failed());
            f.put("p50Ms", latency.getValueAtPercentile(50) / 1000.0);
            f.put("p95Ms", latency.getValueAtPercentile(95) / 1000.0);
            f.put("p99Ms", latency.getValueAtPercentile(99) / 1000.0);
            f.put("maxMs", latency.getMaxValue() / 1000.0);
            f.put("callAnsweredP50Ms", answered.getValueAtPercentile(50) / 1000.0);
            f.put("callAnsweredP95Ms", answered.getValueAtPercentile(95) / 1000.0);
            f.put("fromServerCallToArrivalP50Ms", broadcast.getValueAtPercentile(50) / 1000.0);
            f.put("fromServerCallToArrivalP95Ms", broadcast.getValueAtPercentile(95) / 1000.0);
            f.put("heapAfterFullGcBeforeMb", Math.round(heapBefore * 10) / 10.0);
            f.put("heapAfterFullGcAfterMb", Math.round(heapAfter * 10) / 10.0);
            f.put("heapSamplesMb", heapSamples.stream().map(h -> Math.round(h * 10) / 10.0).toList());
            return new Result(f);
        }
    }

    private static String markdown(Map<String, Object> r) {
        return """
                # The hall at its peak: calls to the open streams

                Machine: %s; %s; server heap %s.

                | streams open | counters | tickets/min (target %s) | calls measured | calls/min | arrivals | lost | p50 | p95 | p99 | max |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | %s | %s | %s | %s | %s | %s | **%s** | %s ms | **%s ms** | %s ms | %s ms |

                Of which: the clerk's call answered in %s ms at p50, %s ms at p95; from the server's moment of the call to
                its arrival on a stream %s ms at p50, %s ms at p95.

                Heap after a full collection: %s MB before the measured %s s, %s MB after (samples without collection: %s MB).
                Errors: %s tickets, %s calls; streams failed: %s.
                """.formatted(r.get("machine"), r.get("database"), "1 GB", r.get("ticketsPerMinute"),
                r.get("streamsOpenAtEnd"), r.get("counters"), r.get("ticketsPerMinuteMeasured"), r.get("calls"),
                r.get("callsPerMinute"), r.get("arrivals"), r.get("lost"), r.get("p50Ms"), r.get("p95Ms"), r.get("p99Ms"),
                r.get("maxMs"), r.get("callAnsweredP50Ms"), r.get("callAnsweredP95Ms"),
                r.get("fromServerCallToArrivalP50Ms"), r.get("fromServerCallToArrivalP95Ms"), r.get("heapAfterFullGcBeforeMb"), r.get("measuredSeconds"), r.get("heapAfterFullGcAfterMb"),
                r.get("heapSamplesMb"), r.get("ticketErrors"), r.get("callErrors"), r.get("streamsFailed"));
    }

    private static void recreate(String url, String user, String password) throws Exception {
        String name = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (var c = DriverManager.getConnection(admin, user, password); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    private static String serverVersion(String url, String user, String password) throws Exception {
        try (var c = DriverManager.getConnection(url, user, password)) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    private static void log(String line) {
        System.err.println("[hall] " + line);
    }
}
