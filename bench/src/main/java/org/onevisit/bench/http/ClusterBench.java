package org.onevisit.bench.http;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.onevisit.bench.hall.StartedServer;
import org.onevisit.bench.scale.Machine;

import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP mix through HAProxy against three OneVisit nodes on one PostgreSQL database ({@code bench/cluster}): the
 * nodes are child JVMs on ports 18081–18083, HAProxy (the operating system's) listens on 18080, balances round robin
 * and checks each node's readiness ({@code GET /actuator/health/readiness}) every second. Half-way through the measured
 * period one node is killed ({@code kill -9}); it is started again {@code --restart-after-seconds} later. Then the
 * database is asked what happened: acknowledged cases lost, duplicate cases, messages and certificates made twice,
 * review tasks planned twice, audit entries chained twice or with gaps; with the errors the driver saw after the kill
 * and how long they lasted, and the requests whose token was refused (a user logged out).
 */
public final class ClusterBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int FRONT = 18080;
    static final int[] NODES = {18081, 18082, 18083};

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = HttpMixBench.options(args);
        boolean quick = options.containsKey("quick");
        double multiple = Double.parseDouble(options.getOrDefault("multiple", "1"));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up-seconds", quick ? "20" : "60")));
        Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", quick ? "90" : "180")));
        long restartAfter = Long.parseLong(options.getOrDefault("restart-after-seconds", "15"));
        String url = options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/onevisit_cluster_bench");
        String user = options.getOrDefault("db-user", "postgres");
        String dbPassword = options.getOrDefault("db-password", "");
        String haproxy = options.getOrDefault("haproxy", "/usr/sbin/haproxy");
        String heap = options.getOrDefault("heap", "512m");
        Path out = Path.of(options.getOrDefault("out", "bench/results/cluster"));
        Path work = Path.of(options.getOrDefault("work", "bench/target/cluster"));
        Files.createDirectories(out);
        Files.createDirectories(work);

        HttpMixBench.recreate(url, user, dbPassword);
        List<String> nodeArguments = new ArrayList<>(HttpMixBench.nodeArguments(work));
        StartedServer[] nodes = new StartedServer[NODES.length];
        Process proxy = null;
        Map<String, Object> report = new LinkedHashMap<>();
        try {
            log("starting node 1 on " + url + " (machine load now: " + HttpMixBench.LoadAverage.now() + ")");
            nodes[0] = start(url, user, dbPassword, heap, out, 0, nodeArguments);
            log("starting nodes 2 and 3");
            List<CompletableFuture<StartedServer>> others = new ArrayList<>();
            for (int i = 1; i < NODES.length; i++) {
                int n = i;
                others.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return start(url, user, dbPassword, heap, out, n, nodeArguments);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (int i = 1; i < NODES.length; i++) {
                nodes[i] = others.get(i - 1).get(5, TimeUnit.MINUTES);
            }
            Path config = out.resolve("haproxy.cfg");
            Files.writeString(config, haproxyConfig());
            proxy = new ProcessBuilder(haproxy, "-f", config.toString(), "-db").redirectErrorStream(true)
                    .redirectOutput(out.resolve("haproxy.log").toFile()).start();
            URI front = URI.create("http://127.0.0.1:" + FRONT);
            awaitAnswer(front);
            log("HAProxy on " + FRONT + " in front of " + java.util.Arrays.toString(NODES));

            // the staff sign in once, at node 1; their tokens are good on every node (one key folder)
            MixSetup.Staff staff = new MixSetup(nodes[0].base()).prepare();
            report.put("machine", Machine.describe());
            report.put("at", Instant.now().toString());
            report.put("database", "PostgreSQL " + HttpMixBench.serverVersion(url, user, dbPassword));
            report.put("nodes", NODES.length + " × OneVisit (heap " + heap + " each) on ports 18081–18083, HAProxy "
                    + "round robin on " + FRONT + ", readiness checked every second (fall 2, rise 2)");
            report.put("multiple", multiple);
            report.put("loadAverageAtStart", HttpMixBench.LoadAverage.now());
            int victim = 1;
            AtomicLong killedAt = new AtomicLong();
            AtomicLong restartedAt = new AtomicLong();
            AtomicReference<Exception> restartFailure = new AtomicReference<>();
            CompletableFuture<Void> restarted = new CompletableFuture<>();
            MixDriver.Period period;
            try (MixDriver driver = new MixDriver(front, staff.clerk(), staff.byDepartment(), MixSetup.LEAD,
                    staff.materialKeys())) {
                driver.seed(20);
                log(String.format("rate %.2f × the mix for %d s warm-up and %d s measured; node %d is killed half-way "
                        + "and started again %d s later", multiple, warmUp.toSeconds(), measured.toSeconds(), victim + 1,
                        restartAfter));
                period = driver.run(multiple, warmUp, measured, () -> {
                    try {
                        // Process.destroyForcibly is SIGKILL on Linux: kill -9
                        log("kill -9 node " + (victim + 1) + " (pid " + nodes[victim].pid() + ")");
                        killedAt.set(System.nanoTime());
                        nodes[victim].kill();
                        Thread.sleep(restartAfter * 1000);
                        log("starting node " + (victim + 1) + " again");
                        nodes[victim] = start(url, user, dbPassword, heap, out, victim, nodeArguments);
                        restartedAt.set(System.nanoTime());
                        log("node " + (victim + 1) + " answers again");
                        restarted.complete(null);
                    } catch (Exception e) {
                        restartFailure.set(e);
                        restarted.complete(null);
                    }
                });
                restarted.get(5, TimeUnit.MINUTES);
                // a few seconds of the mix with the node back, so that the proxy sends it work again
                MixDriver.Period after = driver.run(multiple, Duration.ZERO, Duration.ofSeconds(15), null);
                report.put("measured", period.figures());
                report.put("afterRestart", after.figures());
                long kill = killedAt.get();
                List<long[]> errors = driver.errorTimes().stream().filter(e -> e[0] >= kill).toList();
                long first = errors.stream().mapToLong(e -> e[0]).min().orElse(kill);
                long last = errors.stream().mapToLong(e -> e[0]).max().orElse(kill);
                Map<String, Object> failover = new LinkedHashMap<>();
                failover.put("errorsAfterKill", errors.size());
                Map<String, Long> byStep = new java.util.TreeMap<>();
                errors.forEach(e -> byStep.merge(Step.values()[(int) e[1]].label, 1L, Long::sum));
                failover.put("errorsByStep", byStep);
                failover.put("errorsBeforeKill", driver.errorTimes().size() - errors.size());
                failover.put("firstErrorAfterKillSeconds", errors.isEmpty() ? null : MixDriver.round((first - kill) / 1e9));
                failover.put("lastErrorAfterKillSeconds", errors.isEmpty() ? null : MixDriver.round((last - kill) / 1e9));
                failover.put("restartAnsweringAfterKillSeconds", restartedAt.get() == 0 ? null
                        : MixDriver.round((restartedAt.get() - kill) / 1e9));
                failover.put("restartFailure", restartFailure.get() == null ? null : restartFailure.get().toString());
                failover.put("tokenRefused", driver.tokenRefused());
                report.put("failover", failover);
                report.put("database checks", databaseChecks(url, user, dbPassword, driver));
            }
            report.put("loadAverageAtEnd", HttpMixBench.LoadAverage.now());
            Files.writeString(out.resolve("cluster.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            String md = markdown(report);
            Files.writeString(out.resolve("cluster.md"), md);
            System.out.print(md);
        } finally {
            if (proxy != null) {
                proxy.destroy();
            }
            for (StartedServer node : nodes) {
                if (node != null) {
                    node.close();
                }
            }
        }
    }

    private static StartedServer start(String url, String user, String password, String heap, Path out, int index,
            List<String> arguments) throws Exception {
        return StartedServer.start(url, user, password, heap, out.resolve("node-" + (index + 1) + ".log"), NODES[index],
                arguments);
    }

    static String haproxyConfig() {
        StringBuilder b = new StringBuilder("""
                # made by bench/cluster: three OneVisit nodes behind one front, each checked for readiness every second
                global
                    maxconn 4096

                defaults
                    mode http
                    maxconn 4000
                    timeout connect 2s
                    timeout client 60s
                    timeout server 30s
                    # a request that could not be sent to a node (connection refused) goes to another
                    retries 3
                    option redispatch
                    option forwardfor

                frontend onevisit
                    bind 127.0.0.1:%d
                    default_backend nodes

                backend nodes
                    balance roundrobin
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                """.formatted(FRONT));
        for (int i = 0; i < NODES.length; i++) {
            b.append("    server node").append(i + 1).append(" 127.0.0.1:").append(NODES[i]).append(" check\n");
        }
        return b.toString();
    }

    private static void awaitAnswer(URI front) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(java.net.http.HttpRequest.newBuilder(front.resolve("/actuator/health/readiness")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("HAProxy did not answer on " + front);
    }

    /** What the database holds of the run: each figure should be 0 but the counts of cases. */
    private static Map<String, Object> databaseChecks(String url, String user, String password, MixDriver driver)
            throws Exception {
        Map<String, Object> c = new LinkedHashMap<>();
        Map<String, String> acknowledged = driver.acknowledgedCases();
        String prefix = "staff:mix-" + driver.runId() + "-";
        try (Connection db = DriverManager.getConnection(url, user, password); Statement s = db.createStatement()) {
            Map<String, String> stored = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT idempotency_key, number FROM intake_case WHERE idempotency_key LIKE '"
                    + prefix + "%'")) {
                while (r.next()) {
                    stored.put(r.getString(1).substring("staff:".length()), r.getString(2));
                }
            }
            long lost = acknowledged.entrySet().stream().filter(e -> !e.getValue().equals(stored.get(e.getKey()))).count();
            c.put("createsSent", driver.sentKeys().size());
            c.put("casesAcknowledged", acknowledged.size());
            c.put("casesStored", stored.size());
            c.put("acknowledgedCasesLost", lost);
            c.put("storedWithoutAcknowledgement", stored.keySet().stream().filter(k -> !acknowledged.containsKey(k)).count());
            // one key, one case (intake_case's key is unique); and one case per applicant: each key had its own
            c.put("duplicateCases", count(s, "SELECT COUNT(*) FROM (SELECT applicant_index FROM intake_case WHERE "
                    + "idempotency_key LIKE '" + prefix + "%' GROUP BY applicant_index HAVING COUNT(*) > 1) d"));
            c.put("reviewTasksPlannedTwice", count(s, "SELECT COUNT(*) FROM (SELECT case_number, department FROM "
                    + "casework_task GROUP BY case_number, item_code, department HAVING COUNT(*) > 1) d"));
            c.put("messagesMadeTwice", count(s, "SELECT COUNT(*) FROM (SELECT subject_id, kind FROM notification_message "
                    + "GROUP BY subject_id, kind HAVING COUNT(*) > 1) d"));
            c.put("deliveriesSentTwice", count(s, "SELECT COUNT(*) FROM (SELECT message_id, channel FROM "
                    + "notification_delivery GROUP BY message_id, channel HAVING COUNT(*) > 1) d")
                    + count(s, "SELECT COUNT(*) FROM notification_delivery WHERE state = 'SENT' AND attempts > 1"));
            c.put("messagesQueued", count(s, "SELECT COUNT(*) FROM notification_message"));
            c.put("messagesSent", count(s, "SELECT COUNT(*) FROM notification_delivery WHERE state = 'SENT'"));
            c.put("certificatesIssued", count(s, "SELECT COUNT(*) FROM certificate"));
            c.put("auditEntriesChainedTwice", count(s, "SELECT COUNT(*) FROM (SELECT origin_id FROM audit_record WHERE "
                    + "origin_id IS NOT NULL GROUP BY origin_id HAVING COUNT(*) > 1) d"));
            c.put("auditChainGaps", count(s, "SELECT MAX(seq) - MIN(seq) + 1 - COUNT(*) FROM audit_record"));
            c.put("auditEntriesChained", count(s, "SELECT COUNT(*) FROM audit_record"));
            c.put("eventPublicationsOutstanding", count(s, "SELECT COUNT(*) FROM event_publication WHERE completion_date "
                    + "IS NULL"));
        }
        return c;
    }

    private static long count(Statement s, String sql) {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (Exception e) {
            log("check failed: " + sql + ": " + e.getMessage());
            return -1;
        }
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r) {
        Map<String, Object> m = (Map<String, Object>) r.get("measured");
        Map<String, Object> f = (Map<String, Object>) r.get("failover");
        Map<String, Object> c = (Map<String, Object>) r.get("database checks");
        StringBuilder b = new StringBuilder("# The HTTP mix on three nodes behind HAProxy, one killed (`bench/cluster`)\n\n");
        b.append("Machine: ").append(r.get("machine")).append("; ").append(r.get("database")).append("; ")
                .append(r.get("nodes")).append(". Load average (1, 5, 15 min) at the start ").append(r.get("loadAverageAtStart"))
                .append(", at the end ").append(r.get("loadAverageAtEnd")).append(". Rate: ").append(r.get("multiple"))
                .append(" × the mix.\n\n");
        b.append("## The measured period (node 2 killed with `kill -9` half-way, started again)\n\n");
        b.append(MixReport.stepTable(m)).append('\n');
        b.append("Whole cases completed: ").append(m.get("casesCompletedPerSecond")).append("/s. Latencies run from each "
                + "request's due time and include the repeats after errors.\n\n");
        b.append("## Failover\n\n| figure | value |\n|---|---:|\n");
        f.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append("\n## What the database says\n\n| check | value |\n|---|---:|\n");
        c.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Map<String, Object> a = (Map<String, Object>) r.get("afterRestart");
        b.append("\n15 s more with the node back: p95 ").append(MixReport.p95s(a)).append("; errors ")
                .append(((Map<String, Map<String, Object>>) a.get("steps")).values().stream()
                        .mapToLong(s -> ((Number) s.get("errors")).longValue()).sum()).append(".\n");
        return b.toString();
    }

    static void log(String line) {
        System.err.println("[cluster] " + line);
    }
}
