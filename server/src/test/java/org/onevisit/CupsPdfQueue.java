package org.onevisit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.print.PrintServiceLookup;

/**
 * The machine's CUPS queue {@code PDF} on the cups-pdf backend, as {@code .ci/cups} sets it up: where the PDFs it
 * "prints" land (the {@code Out} folder of {@code /etc/cups/cups-pdf.conf}) and their text, by {@code pdftotext}. A
 * test that needs it is skipped, saying why, on a machine without CUPS, the queue or pdftotext.
 */
final class CupsPdfQueue {

    static final String QUEUE = "PDF";
    private static final Path CONF = Path.of("/etc/cups/cups-pdf.conf");

    private final Path out;
    private final Map<Path, FileTime> before;

    private CupsPdfQueue(Path out) throws IOException {
        this.out = out;
        this.before = modified();
    }

    /** The queue, with the PDFs printed so far noted; the test is skipped where there is none. */
    static CupsPdfQueue requireQueue() throws IOException {
        assumeTrue(Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .anyMatch(s -> s.getName().equalsIgnoreCase(QUEUE)),
                "No print queue named " + QUEUE + " (CUPS with cups-pdf is set up by .ci/cups)");
        assumeTrue(Files.isReadable(CONF), "No cups-pdf configuration at " + CONF + " (package printer-driver-cups-pdf)");
        Optional<Path> out = Files.readAllLines(CONF).stream().map(String::strip).filter(l -> l.startsWith("Out "))
                .map(l -> Path.of(l.substring(4).strip())).filter(p -> !p.toString().contains("$")).findFirst();
        assumeTrue(out.isPresent(), "cups-pdf's Out folder is not one fixed folder: run .ci/cups");
        assumeTrue(onPath("pdftotext"), "pdftotext is not installed (package poppler-utils)");
        assumeTrue(onPath("lpr"), "lpr is not installed: Java's print service hands jobs to CUPS through it "
                + "(package cups-bsd)");
        return new CupsPdfQueue(out.get());
    }

    /**
     * The text of a PDF printed since this queue was noted that contains {@code marker} (another run may print on the
     * same queue at the same time), waiting up to {@code wait} for it to land.
     */
    String printedText(String marker, Duration wait) throws IOException, InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            Map<Path, FileTime> now = modified();
            for (Path fresh : now.keySet().stream().filter(p -> !now.get(p).equals(before.get(p))).toList()) {
                if (Files.size(fresh) > 0 && settled(fresh)) {
                    String text = text(fresh);
                    if (text.contains(marker)) {
                        return text;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No PDF with " + marker + " landed in " + out + " within " + wait);
    }

    private static boolean settled(Path pdf) throws IOException, InterruptedException {
        long size = Files.size(pdf);
        Thread.sleep(300);
        return Files.size(pdf) == size;
    }

    /** cups-pdf names a PDF after the job's title: a second job of the same title replaces the first. */
    private Map<Path, FileTime> modified() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        for (Path p : pdfs()) {
            times.put(p, Files.getLastModifiedTime(p));
        }
        return times;
    }

    private List<Path> pdfs() throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
    }

    private static String text(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("pdftotext failed on " + pdf + ": " + text);
        }
        return text;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
