package org.onevisit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core, the accessibility engine, taken from the npm registry at a pinned version and checked against the
 * package's published integrity, then injected into the page under test. The package is fetched once by
 * {@code npm pack} into {@code target/axe} (npm comes with Node.js; the browser tests that use this need it as they
 * need Chromium). Every page checked is tallied in {@code target/accessibility.tsv}: its address, how many rules it
 * breaks, and how many of those are serious or critical.
 */
final class AxeCore {

    static final String VERSION = "4.14.1";
    /** The npm registry's integrity of {@code axe-core-4.14.1.tgz}. */
    private static final String INTEGRITY =
            "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";
    private static final Path HOME = Path.of("target", "axe");
    private static final Path TALLY = Path.of("target", "accessibility.tsv");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile String source;
    /** Whether this run has written its first line: the tally starts afresh with each run. */
    private static boolean tallied;

    private AxeCore() {
    }

    /** One rule the page breaks: its id, impact, what it asks for, and the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> targets) {

        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " — " + String.join(", ", targets);
        }
    }

    /** Runs axe over the page the browser shows (the WCAG 2.1 A and AA rules and axe's best practices). */
    static List<Violation> check(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))})))))
                   .catch(e => done(JSON.stringify({error: String(e)})));
                """);
        JsonNode found = JSON.readTree(String.valueOf(result));
        if (found.isObject()) {
            throw new IllegalStateException("axe could not check " + browser.getCurrentUrl() + ": " + found.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : found) {
            List<String> targets = new ArrayList<>();
            v.get("targets").forEach(t -> targets.add(t.asString()));
            violations.add(new Violation(v.get("rule").asString(), v.path("impact").asString("minor"),
                    v.get("help").asString(), targets));
        }
        tally(browser.getCurrentUrl(), violations);
        return violations;
    }

    private static synchronized void tally(String url, List<Violation> violations) {
        String path = url.replaceFirst("^https?://[^/]+", "");
        long serious = violations.stream().filter(Violation::seriousOrCritical).count();
        try {
            Files.createDirectories(TALLY.toAbsolutePath().getParent());
            Files.writeString(TALLY, path + "\t" + violations.size() + "\t" + serious + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, tallied ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            tallied = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String script() {
        String s = source;
        if (s == null) {
            synchronized (AxeCore.class) {
                s = source;
                if (s == null) {
                    s = load();
                    source = s;
                }
            }
        }
        return s;
    }

    private static String load() {
        Path script = HOME.resolve("axe-core-" + VERSION).resolve("package").resolve("axe.min.js");
        try {
            if (!Files.isRegularFile(script)) {
                Files.createDirectories(HOME);
                Path tarball = HOME.resolve("axe-core-" + VERSION + ".tgz");
                if (!Files.isRegularFile(tarball) || !INTEGRITY.equals(integrity(tarball))) {
                    run(List.of("npm", "pack", "axe-core@" + VERSION, "--pack-destination", HOME.toAbsolutePath().toString()));
                }
                String actual = integrity(tarball);
                if (!INTEGRITY.equals(actual)) {
                    throw new IllegalStateException("axe-core " + VERSION + " from npm is not the published package: "
                            + actual + " instead of " + INTEGRITY);
                }
                Path into = Files.createDirectories(script.getParent().getParent());
                run(List.of("tar", "-xzf", tarball.toAbsolutePath().toString(), "-C", into.toAbsolutePath().toString(),
                        "package/axe.min.js", "package/LICENSE"));
            }
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core could not be fetched with npm (install Node.js and npm)", e);
        }
    }

    private static String integrity(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-512");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return "sha512-" + Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(HOME.resolve("fetch.log").toFile()).start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed: "
                        + Files.readString(HOME.resolve("fetch.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The serious or critical ones among these. */
    static List<Violation> seriousOrCritical(List<Violation> violations) {
        return violations.stream().filter(Violation::seriousOrCritical).toList();
    }
}
