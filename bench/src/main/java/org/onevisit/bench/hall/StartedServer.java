package org.onevisit.bench.hall;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OneVisit started as a server of its own, in a JVM of its own, as a centre runs it: the postgres profile on a database the
 * bench drops and creates, with the demo catalog and accounts (no demo cases). Its heap is read with {@code jcmd}.
 */
public final class StartedServer implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("garbage-first heap\\s+total (\\d+)K, used (\\d+)K");

    private final Process process;
    private final URI base;

    private StartedServer(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the server with the bench's class path and waits until it answers (at most six minutes). */
    static StartedServer start(String jdbcUrl, String user, String password, String heap, Path log) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        return start(jdbcUrl, user, password, heap, log, port, List.of());
    }

    /**
     * Starts the server on {@code port} with the bench's class path, {@code extra} added to its arguments (a node of a
     * cluster: its key folder, the health probes), and waits until it answers (at most six minutes).
     */
    public static StartedServer start(String jdbcUrl, String user, String password, String heap, Path log, int port,
            List<String> extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.onevisit.OneVisitApplication", "--server.port=" + port, "--onevisit.demo-cases=false",
                "--logging.level.root=WARN"));
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
        builder.environment().put("ONEVISIT_DB_URL", jdbcUrl);
        builder.environment().put("ONEVISIT_DB_USER", user);
        builder.environment().put("ONEVISIT_DB_PASSWORD", password);
        builder.environment().put("ONEVISIT_DEMO_DATA", "true");
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port);
        StartedServer server = new StartedServer(process, base);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/items?q=x")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return server;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        server.close();
        throw new IllegalStateException("The server did not answer within six minutes; see " + log);
    }

    public URI base() {
        return base;
    }

    /** The heap in use now, in megabytes; after a full collection when {@code collectFirst}. */
    public double heapUsedMb(boolean collectFirst) throws IOException, InterruptedException {
        if (collectFirst) {
            jcmd("GC.run");
        }
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no G1 heap figure");
        }
        return Long.parseLong(m.group(2)) / 1024.0;
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), what).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    /** The server's process id. */
    public long pid() {
        return process.pid();
    }

    /** Kills the server's JVM at once, as a node that loses its power ({@code kill -9}). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
