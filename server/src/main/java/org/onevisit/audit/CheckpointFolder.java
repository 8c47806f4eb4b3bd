package org.onevisit.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The folder outside the database where every checkpoint is appended as well ({@code onevisit.audit.checkpoint-dir}):
 * one file a month ({@code audit-checkpoints-2026-10.jsonl}, by the checkpoint's time in UTC), one line a checkpoint,
 * forced to disk before the checkpoint counts as kept. Nodes sharing the folder append in turn, each holding the
 * file's lock. The folder belongs on other storage than the database, or is copied there.
 */
@Component
class CheckpointFolder {

    static final String PREFIX = "audit-checkpoints-";
    static final String SUFFIX = ".jsonl";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private final Path directory;

    CheckpointFolder(@Value("${onevisit.audit.checkpoint-dir}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    /** Appends the checkpoint's line to its month's file and forces it (and a new file's name) to disk. */
    synchronized void append(AuditCheckpoint checkpoint) {
        Path file = directory.resolve(PREFIX + MONTH.format(checkpoint.at()) + SUFFIX);
        try {
            Files.createDirectories(directory);
            boolean created = !Files.exists(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock turn = channel.lock()) {
                ByteBuffer line = ByteBuffer.wrap((checkpoint.line() + "\n").getBytes(StandardCharsets.UTF_8));
                while (line.hasRemaining()) {
                    channel.write(line);
                }
                channel.force(true);
            }
            if (created) {
                forceDirectory();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint cannot be written to " + file, e);
        }
    }

    /** Hands every line of every checkpoint file, in the files' order, to {@code line} with where it stands. */
    void read(BiConsumer<String, String> line) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> all = Files.list(directory)) {
            files = all.filter(CheckpointFolder::isCheckpointFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint folder " + directory + " cannot be read", e);
        }
        files.forEach(file -> readLines(file, line));
    }

    /**
     * Hands every non-blank line of a checkpoint file or export to {@code line}, named {@code file:line number}; bytes
     * that are not UTF-8 are read as replacement characters, so a damaged line is reported rather than the whole file.
     */
    static void readLines(Path file, BiConsumer<String, String> line) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (!text.isBlank()) {
                    line.accept(file.getFileName() + ":" + number, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoints in " + file + " cannot be read", e);
        }
    }

    private static boolean isCheckpointFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file);
    }

    /** A new file's name is durable once its directory is forced, where the platform can. */
    private void forceDirectory() {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException notHere) {
            // the line itself is on disk; a crash may only lose the new file's name on such a platform
        }
    }
}
