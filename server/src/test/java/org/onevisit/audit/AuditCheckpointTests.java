package org.onevisit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.audit.ChainProblem.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signed checkpoints of the chain head: signed when the trail has grown and only then, once however many nodes try at
 * the same moment, kept in the database and in the folder outside it, exported for a supervisor to keep, and checked
 * by the verification, a checkpoint that does not verify included. The timer is not running in tests: they drive the
 * job themselves. The database is shared: every test puts back what it tampered with.
 */
@SpringBootTest
class AuditCheckpointTests {

    private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    CheckpointFolder folder;

    @Autowired
    CheckpointKey key;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path supervisorsDesk;

    private final String caseNumber = "K" + UUID.randomUUID();
    private final AtomicInteger exitCode = new AtomicInteger(-1);

    @Test
    void the_head_is_signed_in_the_folder_and_the_database_once_the_trail_has_grown_and_not_again_until_it_grows()
            throws Exception {
        long seq = trail.append(change("submit")).seq();

        AuditCheckpoint signed = checkpoints.checkpoint().orElseThrow();

        assertThat(signed.seq()).isEqualTo(seq);
        assertThat(signed.headHash()).isEqualTo(trail.history("case", caseNumber).get(0).hash());
        assertThat(key.signed(signed)).isTrue();
        assertThat(folderLines()).contains(signed.line());
        assertThat(trail.lastCheckpoint()).contains(signed);
        assertThat(checkpoints.checkpoint()).isEmpty();

        trail.append(change("accept"));
        assertThat(checkpoints.checkpoint()).hasValueSatisfying(next -> assertThat(next.seq()).isEqualTo(seq + 1));
    }

    @Test
    void nodes_checkpointing_at_the_same_moment_sign_the_head_once() throws Exception {
        trail.append(change("submit"));

        List<Optional<AuditCheckpoint>> signed = atOnce(4, checkpoints::checkpoint);

        assertThat(signed.stream().filter(Optional::isPresent)).hasSize(1);
    }

    @Test
    void a_checkpoint_altered_in_its_file_is_reported_where_it_stands() throws Exception {
        trail.append(change("submit"));
        AuditCheckpoint signed = checkpoints.checkpoint().orElseThrow();
        Path file = fileHolding(signed);
        String original = Files.readString(file);
        String forged = signed.line().replace("\"seq\":" + signed.seq(), "\"seq\":" + (signed.seq() + 1000));
        try {
            Files.writeString(file, original.replace(signed.line(), forged));
            int line = List.of(original.split("\n")).indexOf(signed.line()) + 1;

            ChainVerification result = trail.verify();

            assertThat(result.problems()).containsExactly(new ChainProblem(Kind.CHECKPOINT_INVALID, signed.seq() + 1000,
                    signed.seq() + 1000, List.of(file.getFileName() + ":" + line)));
            assertThat(result.chainBroken()).isFalse();
            VerifyAuditCommand command = new VerifyAuditCommand(trail, null, exitCode::set);
            command.run(new DefaultApplicationArguments());
            assertThat(exitCode).hasValue(VerifyAuditCommand.CHECKPOINT_INVALID);
        } finally {
            Files.writeString(file, original);
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void the_export_a_supervisor_kept_finds_a_trail_cut_short_after_the_database_and_the_folder_lost_their_checkpoints()
            throws Exception {
        long first = trail.append(change("submit")).seq();
        long last = trail.append(change("accept")).seq();
        checkpoints.checkpoint().orElseThrow();
        Path export = supervisorsDesk.resolve("audit-checkpoints.jsonl");
        Files.write(export, trail.checkpoints(0, 100_000).stream().map(AuditCheckpoint::line).toList());
        List<Map<String, Object>> rows = jdbc.sql("SELECT seq, head_hash, at, key_id, signature FROM audit_checkpoint")
                .query().listOfRows();
        Path moved = Files.move(folder.directory(), supervisorsDesk.resolve("moved-away"));
        try (var saved = Tampering.keep(jdbc, last)) {
            jdbc.sql("DELETE FROM audit_checkpoint").update();
            Tampering.truncateAfter(jdbc, first);
            assertThat(trail.verify().ok()).as("nothing left to compare the chain with but the export").isTrue();

            assertThat(trail.verifyAgainst(export).problems())
                    .containsExactly(new ChainProblem(Kind.TRUNCATED, last, last, List.of()));
            new VerifyAuditCommand(trail, export, exitCode::set).run(new DefaultApplicationArguments());
            assertThat(exitCode).hasValue(VerifyAuditCommand.TAMPERED);
        } finally {
            Files.move(moved, folder.directory());
            for (Map<String, Object> row : rows) {
                jdbc.sql("INSERT INTO audit_checkpoint (seq, head_hash, at, key_id, signature) VALUES (?, ?, ?, ?, ?)")
                        .params(value(row, "seq"), value(row, "head_hash"), value(row, "at"), value(row, "key_id"),
                                value(row, "signature")).update();
            }
        }
        assertThat(trail.verifyAgainst(export).ok()).isTrue();
    }

    @Test
    void an_export_that_cannot_be_read_is_reported_not_ignored() {
        ChainVerification result = trail.verifyAgainst(supervisorsDesk.resolve("missing.jsonl"));

        assertThat(result.problems()).containsExactly(new ChainProblem(Kind.CHECKPOINT_INVALID, 0, 0,
                List.of("missing.jsonl (not a readable file)")));
    }

    @Test
    void a_checkpoint_is_signed_when_the_application_stops_gracefully() {
        long seq = trail.append(change("submit")).seq();

        checkpoints.stop();
        checkpoints.start();

        assertThat(trail.lastCheckpoint()).hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(seq));
        assertThat(checkpoints.getPhase()).isLessThan(org.springframework.context.SmartLifecycle.DEFAULT_PHASE - 2048);
    }

    private List<String> folderLines() throws Exception {
        List<String> lines = new ArrayList<>();
        folder.read((source, line) -> lines.add(line));
        return lines;
    }

    private Path fileHolding(AuditCheckpoint checkpoint) throws Exception {
        try (Stream<Path> files = Files.list(folder.directory())) {
            return files.filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains(checkpoint.line());
                } catch (java.io.IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow();
        }
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst().orElseThrow()
                .getValue();
    }

    private static <T> List<T> atOnce(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private AuditedChange change(String action) {
        return new AuditedChange("case", caseNumber, action, "clerk1", "COUNTER", Map.of(), Map.of("status", action), AT);
    }
}
