package org.onevisit.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.onevisit.bench.ResidentIds;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hall's peak mix over HTTP, as an open model: cases are created, statuses looked up, the catalog searched and
 * inboxes viewed on a fixed schedule (evenly spaced, at the rate's multiple of {@link Step#perSecond}) whatever the
 * answers' pace, each request sent without waiting for any other (the JDK's asynchronous HTTP client). What follows
 * from an answer is sent the moment that answer arrives: the counter accepts the case it just created; a department
 * gives its opinion on each review task its inbox view shows for the first time; the lead department decides once a
 * case's opinions are all in. Each request's latency runs from the moment it was due (its place in the schedule, or
 * the arrival of the answer it follows from) to its answer, so a server that falls behind cannot hide its delay in the
 * driver's queue (coordinated omission). Staff call with their bearer tokens ({@link SignIn}); the public look-ups come
 * from the citizens' many addresses, as the proxy in front of the centre forwards them ({@code X-Forwarded-For}).
 * <p>
 * A request that fails on the way or with 502/503/504 (a node gone, the proxy without a node) is sent again, the
 * same request, a create with the same {@code Idempotency-Key}, until 30 s after it was due; a step answered 409/422
 * only on such a repeat had been taken by the first attempt. Every failed attempt is an error, with its time.
 */
final class MixDriver implements AutoCloseable {

    static final String ITEM = "QR-BDC-901";
    private static final String[] SEARCHES = {"营业执照", "不动产", "登记", "税", "食品经营", "公积金", "建设工程", "户口",
        "医疗", "社保", "许可", "变更", "", "XK-SCJG", "出生", "车辆"};
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);
    /**
     * The most requests on the way at once (each on a connection of its own), as a hall's systems together would open;
     * those due beyond it wait in the driver, their waiting counted in their latency.
     */
    private static final int MAX_ON_THE_WAY = 800;

    /** A member of staff whose system calls the API with their token. */
    static final class Official {
        final String username;
        final String department;
        final AtomicReference<SignIn.Tokens> tokens;

        Official(String username, String department, SignIn.Tokens tokens) {
            this.username = username;
            this.department = department;
            this.tokens = new AtomicReference<>(tokens);
        }
    }

    /** A case the driver created, and how far it has come. */
    static final class CaseRun {
        final String key;
        final String idNumber = ResidentIds.next();
        final String phone;
        final long createdDueNanos;
        volatile String number;
        final AtomicInteger opinions = new AtomicInteger();

        CaseRun(String key, String phone, long createdDueNanos) {
            this.key = key;
            this.phone = phone;
            this.createdDueNanos = createdDueNanos;
        }
    }

    /** One step's figures of a period. */
    static final class Tally {
        final Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        final AtomicLong ok = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong doneOnRepeat = new AtomicLong();
        final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();

        synchronized void record(long micros) {
            latency.recordValue(Math.max(1, Math.min(micros, latency.getHighestTrackableValue())));
        }
    }

    /** The period whose requests are counted: those due from {@code from} until before {@code to}. */
    private record Window(long from, long to) {
        boolean holds(long due) {
            return due >= from && due < to;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI api;
    private final Official clerk;
    private final Map<String, Official> byDepartment;
    private final List<Official> inboxViewers;
    private final Official lead;
    private final int reviewsPerCase;
    private final String materials;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "mix-later");
        t.setDaemon(true);
        return t;
    });

    private final Map<String, CaseRun> cases = new ConcurrentHashMap<>();
    private final Set<Long> seenTasks = ConcurrentHashMap.newKeySet();
    private final AtomicReferenceArray<CaseRun> known = new AtomicReferenceArray<>(8192);
    private final AtomicLong knownCount = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final java.util.concurrent.Semaphore onTheWay = new java.util.concurrent.Semaphore(MAX_ON_THE_WAY);
    private final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inboxTurn = new AtomicInteger();
    /** Every key a create was sent with, and the number it was acknowledged with (null: not yet). */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> sentKeys = ConcurrentHashMap.newKeySet();
    /** The times of failed attempts, and what failed. */
    private final ConcurrentLinkedQueue<long[]> errorTimes = new ConcurrentLinkedQueue<>();
    private final AtomicLong tokenRefused = new AtomicLong();
    private final AtomicLong decided = new AtomicLong();
    private volatile Window window = new Window(Long.MAX_VALUE, Long.MAX_VALUE);
    private volatile Map<Step, Tally> tallies = newTallies();
    private volatile Histogram wholeCase = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final AtomicLong completedInWindow = new AtomicLong();

    MixDriver(URI api, Official clerk, Map<String, Official> byDepartment, String leadDepartment, List<String> materialKeys) {
        this.api = api;
        this.clerk = clerk;
        this.byDepartment = Map.copyOf(byDepartment);
        this.inboxViewers = List.copyOf(byDepartment.values());
        this.lead = byDepartment.get(leadDepartment);
        this.reviewsPerCase = byDepartment.size();
        StringBuilder m = new StringBuilder("{");
        for (String key : materialKeys) {
            m.append(m.length() > 1 ? "," : "").append('"').append(key).append("\":\"PROVIDED\"");
        }
        this.materials = m.append('}').toString();
        // tokens last 15 minutes: each is refreshed 5 minutes before it ends, as the systems' clients do
        later.scheduleWithFixedDelay(this::refreshTokens, 30, 30, TimeUnit.SECONDS);
    }

    private void refreshTokens() {
        List<Official> everyone = new ArrayList<>(inboxViewers);
        everyone.add(clerk);
        for (Official o : everyone) {
            SignIn.Tokens t = o.tokens.get();
            if (t.expiresAtNanos() - System.nanoTime() < TimeUnit.MINUTES.toNanos(5)) {
                try {
                    o.tokens.set(SignIn.refresh(api, t));
                } catch (Exception e) {
                    System.err.println("[mix] the token of " + o.username + " was not refreshed: " + e.getMessage());
                }
            }
        }
    }

    /** Creates {@code count} cases one after the other and accepts them, so that look-ups have cases from the start. */
    void seed(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            CaseRun c = newCase(System.nanoTime());
            send(Step.CREATE, c.createdDueNanos, () -> createRequest(c), answer -> {
                created(c, answer);
                done.complete(null);
            }, done);
            done.get(60, TimeUnit.SECONDS);
        }
    }

    /**
     * Sends the mix at {@code multiple} times its rate for {@code warmUp} and then {@code measured}, waits for the
     * answers of what was sent (at most a minute) and answers the measured period's figures.
     */
    Period run(double multiple, Duration warmUp, Duration measured, Runnable atHalfTime) throws InterruptedException {
        Map<Step, Tally> t = newTallies();
        tallies = t;
        wholeCase = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        completedInWindow.set(0);
        long start = System.nanoTime();
        long from = start + warmUp.toNanos();
        long to = from + measured.toNanos();
        window = new Window(from, to);
        List<Step> paced = List.of(Step.CREATE, Step.STATUS, Step.SEARCH, Step.INBOX);
        long[] sent = new long[paced.size()];
        double[] intervalNanos = paced.stream().mapToDouble(s -> 1e9 / (s.perSecond * multiple)).toArray();
        long halfTime = from + measured.toNanos() / 2;
        boolean halfTimeDone = atHalfTime == null;
        while (true) {
            int next = 0;
            long due = Long.MAX_VALUE;
            for (int i = 0; i < paced.size(); i++) {
                long d = start + (long) (sent[i] * intervalNanos[i]);
                if (d < due) {
                    due = d;
                    next = i;
                }
            }
            if (due >= to) {
                break;
            }
            if (!halfTimeDone && due >= halfTime) {
                halfTimeDone = true;
                Thread kill = new Thread(atHalfTime, "mix-half-time");
                kill.setDaemon(true);
                kill.start();
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            sent[next]++;
            fire(paced.get(next), due);
        }
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (inFlight.get() > 0 && System.nanoTime() < drainUntil) {
            Thread.sleep(50);
        }
        window = new Window(Long.MAX_VALUE, Long.MAX_VALUE);
        // what is still waiting to be sent is not sent any more: the next period starts without this one's backlog
        int unanswered = inFlight.get();
        for (Runnable dropped = waiting.poll(); dropped != null; dropped = waiting.poll()) {
            inFlight.decrementAndGet();
        }
        return new Period(multiple, measured.toNanos() / 1e9, t, wholeCase, completedInWindow.get(), unanswered);
    }

    /** A measured period's figures. */
    record Period(double multiple, double seconds, Map<Step, Tally> tallies, Histogram wholeCase, long completed,
            int unanswered) {

        double p95Ms(Step step) {
            return tallies.get(step).latency.getValueAtPercentile(95) / 1000.0;
        }

        long errors() {
            return tallies.values().stream().mapToLong(t -> t.errors.get()).sum();
        }

        long failed() {
            return tallies.values().stream().mapToLong(t -> t.failed.get()).sum();
        }

        /** p95 under {@code targetMs} for every step, nothing failed or left unanswered, and cases completed. */
        boolean holds(double targetMs) {
            for (Step s : Step.values()) {
                if (tallies.get(s).ok.get() == 0 || p95Ms(s) >= targetMs) {
                    return false;
                }
            }
            return failed() == 0 && unanswered == 0 && errors() <= sentTotal() / 1000;
        }

        long sentTotal() {
            return tallies.values().stream().mapToLong(t -> t.ok.get() + t.failed.get()).sum();
        }

        String worstStep() {
            Step worst = Step.CREATE;
            for (Step s : Step.values()) {
                if (p95Ms(s) > p95Ms(worst)) {
                    worst = s;
                }
            }
            return worst.label;
        }

        Map<String, Object> figures() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("multiple", multiple);
            f.put("measuredSeconds", seconds);
            f.put("holds", holds(100));
            Map<String, Object> steps = new LinkedHashMap<>();
            for (Step s : Step.values()) {
                Tally t = tallies.get(s);
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("targetPerSecond", s.perSecond * multiple);
                st.put("answeredPerSecond", round(t.ok.get() / seconds));
                st.put("ok", t.ok.get());
                st.put("p50Ms", t.latency.getValueAtPercentile(50) / 1000.0);
                st.put("p95Ms", t.latency.getValueAtPercentile(95) / 1000.0);
                st.put("p99Ms", t.latency.getValueAtPercentile(99) / 1000.0);
                st.put("maxMs", t.latency.getMaxValue() / 1000.0);
                st.put("errors", t.errors.get());
                st.put("failed", t.failed.get());
                st.put("doneOnRepeat", t.doneOnRepeat.get());
                st.put("errorKinds", new TreeMap<>(t.errorKinds));
                steps.put(s.label, st);
            }
            f.put("steps", steps);
            f.put("casesCompleted", completed);
            f.put("casesCompletedPerSecond", round(completed / seconds));
            f.put("wholeCaseP50Ms", wholeCase.getValueAtPercentile(50) / 1000.0);
            f.put("wholeCaseP95Ms", wholeCase.getValueAtPercentile(95) / 1000.0);
            f.put("unanswered", unanswered);
            return f;
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Map<Step, Tally> newTallies() {
        Map<Step, Tally> t = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            t.put(s, new Tally());
        }
        return t;
    }

    private void fire(Step step, long due) {
        switch (step) {
            case CREATE -> {
                CaseRun c = newCase(due);
                send(Step.CREATE, due, () -> createRequest(c), answer -> created(c, answer), null);
            }
            case STATUS -> {
                long n = knownCount.get();
                if (n == 0) {
                    return;
                }
                CaseRun picked = known.get((int) (ThreadLocalRandom.current().nextLong(Math.min(n, known.length()))));
                // a slot just counted may not be filled yet: the first case then
                CaseRun c = picked != null ? picked : known.get(0);
                ThreadLocalRandom r = ThreadLocalRandom.current();
                // a citizen's own address, as the proxy forwards it: the per-address limit is the citizens', not the proxy's
                String address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
                send(Step.STATUS, due, () -> request("/api/v1/public/cases/" + c.number + "?phoneLastFour="
                        + c.phone.substring(c.phone.length() - 4), null).header("X-Forwarded-For", address).GET(),
                        answer -> { }, null);
            }
            case SEARCH -> {
                String q = SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)];
                send(Step.SEARCH, due, () -> request("/api/v1/items?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                        null).GET(), answer -> { }, null);
            }
            case INBOX -> {
                Official viewer = inboxViewers.get(Math.floorMod(inboxTurn.getAndIncrement(), inboxViewers.size()));
                send(Step.INBOX, due, () -> request("/api/v1/casework/inbox?department=" + viewer.department, viewer).GET(),
                        answer -> discovered(viewer, answer), null);
            }
            default -> throw new IllegalArgumentException(step + " follows from other answers");
        }
    }

    private CaseRun newCase(long due) {
        String key = "mix-" + runId + "-" + sequence.incrementAndGet();
        sentKeys.add(key);
        acknowledged.putIfAbsent(key, "");
        return new CaseRun(key, ResidentIds.mobile(), due);
    }

    private HttpRequest.Builder createRequest(CaseRun c) {
        String body = "{\"channel\":\"COUNTER\",\"item\":\"" + ITEM + "\",\"applicant\":{\"kind\":\"NATURAL_PERSON\","
                + "\"idNumber\":\"" + c.idNumber + "\",\"name\":\"林十三\",\"phone\":\"" + c.phone + "\"},"
                + "\"materials\":" + materials + "}";
        return json(request("/api/v1/cases", clerk).header("Idempotency-Key", c.key), body);
    }

    private void created(CaseRun c, HttpResponse<String> answer) {
        Matcher m = NUMBER.matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("No case number in " + answer.body());
        }
        c.number = m.group(1);
        acknowledged.put(c.key, c.number);
        cases.put(c.number, c);
        synchronized (known) {
            long i = knownCount.get();
            known.set((int) (i % known.length()), c);
            knownCount.set(i + 1);
        }
        long due = System.nanoTime();
        send(Step.ACCEPT, due, () -> json(request("/api/v1/cases/" + c.number + "/acceptance", clerk)
                .header("X-Channel", "COUNTER"), "{}"), answer2 -> { }, null);
    }

    private void discovered(Official viewer, HttpResponse<String> answer) {
        long due = System.nanoTime();
        for (JsonNode task : JSON.readTree(answer.body())) {
            long id = task.get("id").asLong();
            String number = task.get("caseNumber").asString();
            if (!"OPEN".equals(task.get("status").asString()) || !cases.containsKey(number) || !seenTasks.add(id)) {
                continue;
            }
            send(Step.OPINION, due, () -> json(request("/api/v1/reviews/" + id + "/opinion", viewer),
                    "{\"opinion\":\"CONSENT\",\"text\":\"同意\"}"), a -> opinionGiven(number), null);
        }
    }

    private void opinionGiven(String number) {
        CaseRun c = cases.get(number);
        if (c != null && c.opinions.incrementAndGet() == reviewsPerCase) {
            long due = System.nanoTime();
            send(Step.DECIDE, due, () -> json(request("/api/v1/cases/" + number + "/items/" + ITEM + "/decision", lead),
                    "{\"approve\":true,\"reasons\":\"\"}"), a -> {
                        decided.incrementAndGet();
                        if (window.holds(c.createdDueNanos)) {
                            completedInWindow.incrementAndGet();
                            synchronized (this) {
                                wholeCase.recordValue(Math.max(1, (System.nanoTime() - c.createdDueNanos) / 1000));
                            }
                        }
                    }, null);
        }
    }

    private HttpRequest.Builder request(String path, Official caller) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        if (caller != null) {
            b.header("Authorization", "Bearer " + caller.tokens.get().access());
        }
        return b;
    }

    private static HttpRequest.Builder json(HttpRequest.Builder b, String body) {
        return b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** Sends (and repeats on the way's failures) the request, counting it in the tally of the period it was due in. */
    private void send(Step step, long due, java.util.function.Supplier<HttpRequest.Builder> request,
            Consumer<HttpResponse<String>> then, CompletableFuture<Void> failedSeed) {
        Map<Step, Tally> t = tallies;
        boolean counted = window.holds(due);
        inFlight.incrementAndGet();
        attempt(step, due, request, then, failedSeed, t.get(step), counted, 1);
    }

    private void attempt(Step step, long due, java.util.function.Supplier<HttpRequest.Builder> request,
            Consumer<HttpResponse<String>> then, CompletableFuture<Void> failedSeed, Tally tally, boolean counted,
            int attempt) {
        Runnable go = () -> client.sendAsync(request.get().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .whenComplete((answer, e) -> {
                    onTheWay.release();
                    startWaiting();
                    long now = System.nanoTime();
                    int status = e == null ? answer.statusCode() : 0;
                    boolean ok = e == null && status / 100 == 2;
                    boolean doneBefore = attempt > 1 && (status == 409 || status == 422) && step != Step.CREATE;
                    if (ok || doneBefore) {
                        if (counted) {
                            tally.ok.incrementAndGet();
                            tally.record((now - due) / 1000);
                            if (doneBefore) {
                                tally.doneOnRepeat.incrementAndGet();
                            }
                        }
                        try {
                            if (ok) {
                                then.accept(answer);
                            }
                            if (failedSeed != null) {
                                failedSeed.complete(null);
                            }
                        } catch (RuntimeException problem) {
                            System.err.println("[mix] " + step.label + ": " + problem.getMessage());
                        } finally {
                            inFlight.decrementAndGet();
                        }
                        return;
                    }
                    String kind = e != null ? e.getClass().getSimpleName() : Integer.toString(status);
                    errorTimes.add(new long[] {now, step.ordinal()});
                    if (status == 401) {
                        tokenRefused.incrementAndGet();
                    }
                    if (counted) {
                        tally.errors.incrementAndGet();
                        tally.errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                    }
                    boolean repeatable = e != null || status == 502 || status == 503 || status == 504
                            || (step == Step.CREATE && status >= 500);
                    if (repeatable && now - due < GIVE_UP_NANOS) {
                        later.schedule(() -> attempt(step, due, request, then, failedSeed, tally, counted, attempt + 1),
                                Math.min(1000, 100L * attempt), TimeUnit.MILLISECONDS);
                        return;
                    }
                    if (counted) {
                        tally.failed.incrementAndGet();
                    }
                    if (tally.failed.get() <= 3 || !counted) {
                        System.err.println("[mix] " + step.label + " failed: " + (e != null ? e.toString()
                                : status + " " + answer.body().substring(0, Math.min(300, answer.body().length()))));
                    }
                    if (failedSeed != null) {
                        failedSeed.completeExceptionally(new IOException(step.label + " failed: " + kind));
                    }
                    inFlight.decrementAndGet();
                });
        waiting.add(go);
        startWaiting();
    }

    /** Sends the requests waiting, oldest first, while fewer than {@link #MAX_ON_THE_WAY} are on the way. */
    private void startWaiting() {
        while (!waiting.isEmpty() && onTheWay.tryAcquire()) {
            Runnable next = waiting.poll();
            if (next == null) {
                onTheWay.release();
                return;
            }
            next.run();
        }
    }

    /** Keys sent, keys acknowledged with their numbers. */
    Map<String, String> acknowledgedCases() {
        Map<String, String> a = new TreeMap<>();
        acknowledged.forEach((k, v) -> {
            if (!v.isEmpty()) {
                a.put(k, v);
            }
        });
        return a;
    }

    Set<String> sentKeys() {
        return Set.copyOf(sentKeys);
    }

    String runId() {
        return runId;
    }

    List<long[]> errorTimes() {
        return List.copyOf(errorTimes);
    }

    long tokenRefused() {
        return tokenRefused.get();
    }

    long decided() {
        return decided.get();
    }

    @Override
    public void close() {
        later.shutdownNow();
    }
}
