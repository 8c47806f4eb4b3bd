package org.onevisit.audit;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.RoundTrips;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail (审计留痕) of OneVisit: every change to a case, from any module, appended with who, what,
 * when, on which channel, before and after — personal data masked by the {@link PersonalDataPolicy}. Entries
 * are only appended, each chained to the one before by its hash, so that a verification detects any entry
 * that was edited, deleted or reordered. Modules publish an {@link AuditedChange} in their transaction; it is
 * recorded with the change and chained by the next pass of the {@link AuditChainer} after the commit, so that business
 * transactions do not queue on the chain; readers chain what is pending before they read. {@link #append} is the
 * direct way in, outside any change. The head is signed at checkpoints ({@link AuditCheckpoints}) kept outside the
 * database too, so that a verification also finds a trail cut short or rewritten with every hash recomputed.
 */
@Service
public class AuditTrail {

    /** Rows read per query during a verification: the trail is streamed, never held whole. */
    static final int PAGE = 5_000;

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final AuditRecords records;
    private final AuditChainer chainer;
    private final Checkpoints checkpoints;
    private final TransactionTemplate ownTransaction;
    private final JsonMapper json;
    private final RoundTrips roundTrips;

    AuditTrail(AuditRecords records, AuditChainer chainer, Checkpoints checkpoints, PlatformTransactionManager transactions,
            JsonMapper json, RoundTrips roundTrips) {
        this.records = records;
        this.roundTrips = roundTrips;
        this.chainer = chainer;
        this.checkpoints = checkpoints;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
    }

    /**
     * Records a change in the caller's transaction: it commits or rolls back with the change, and is chained onto
     * the trail by the chainer's next pass after the commit, without holding up the caller's transaction on the chain
     * head. The changes of one transaction are written last, with its commit, in the commit's round trip (ADR 0057).
     */
    @Transactional
    public void record(AuditedChange change) {
        roundTrips.withCommit(records.pendingInsert(pending(change)));
    }

    /**
     * Appends a change at the end of the trail on its own, chained when this returns: the entry as chained. Not
     * inside a transaction (it takes connections of its own); a change made in a transaction is {@link #record}ed.
     */
    public AuditRecord append(AuditedChange change) {
        AuditChainer.refuseInsideTransaction("Appending to the audit trail");
        Long origin = ownTransaction.execute(tx -> records.insertPendingWithId(pending(change)));
        chainer.chainPending();
        return records.fromOrigin(origin).map(this::record).orElseThrow();
    }

    private PendingEntry pending(AuditedChange change) {
        check("subject", change.subject(), 40);
        check("subjectId", change.subjectId(), 100);
        check("action", change.action(), 60);
        check("actor", change.actor(), 100);
        check("channel", change.channel(), 20);
        String before = AuditHash.canonicalJson(PersonalDataPolicy.mask(change.before()));
        String after = AuditHash.canonicalJson(PersonalDataPolicy.mask(change.after()));
        // Both databases keep microseconds; the hash must cover what is stored.
        var at = change.at().truncatedTo(ChronoUnit.MICROS);
        return new PendingEntry(0, change.subject(), change.subjectId(), change.action(), change.actor(), change.channel(),
                before, after, at);
    }

    /**
     * The whole trail, from the first entry to the chain head, compared with every signed checkpoint: those of the
     * checkpoint folder outside the database and those of the database.
     */
    public ChainVerification verify() {
        return verifyAgainst(null);
    }

    /**
     * As {@link #verify()}, comparing the trail with the checkpoints of an export a supervisor kept as well
     * ({@link #checkpoints}); an export that cannot be read is reported as a checkpoint that does not verify.
     */
    public ChainVerification verifyAgainst(@Nullable Path export) {
        chainer.chainPending();
        // gathered before the head is read, so that no checkpoint counts more entries than the head read
        SignedCheckpoints signed = checkpoints.gather(export);
        AuditRecords.Head head = records.head();
        return walk(new ChainWalk(0, AuditHash.GENESIS, signed), 0, head.lastSeq(), head.lastHash());
    }

    /**
     * The entries from {@code fromSeq} to {@code toSeq}, chained to the entry before {@code fromSeq} as it
     * stands: for checking a period without reading the whole trail.
     */
    public ChainVerification verify(long fromSeq, long toSeq) {
        if (fromSeq < 1 || toSeq < fromSeq) {
            throw new DomainException(DomainException.Kind.INVALID, "audit-range-invalid",
                    "The range of entries is invalid.", fromSeq, toSeq);
        }
        chainer.chainPending();
        SignedCheckpoints signed = checkpoints.gather(null).within(fromSeq - 1, toSeq);
        long to = Math.min(toSeq, records.head().lastSeq());
        String start = fromSeq == 1 ? AuditHash.GENESIS : records.at(fromSeq - 1).map(StoredEntry::hash)
                .or(() -> records.at(fromSeq).map(StoredEntry::prevHash)).orElse(AuditHash.GENESIS);
        return walk(new ChainWalk(fromSeq - 1, start, signed), fromSeq - 1, to, null);
    }

    /**
     * The signed checkpoints kept in the database after {@code afterSeq}, up to {@code limit} of them in seq order:
     * what a supervisor exports and keeps, one {@link AuditCheckpoint#line() line} each.
     */
    public List<AuditCheckpoint> checkpoints(long afterSeq, int limit) {
        return checkpoints.after(afterSeq, limit).stream().flatMap(row -> row.checkpoint().stream()).toList();
    }

    /** The newest signed checkpoint, if any. */
    public Optional<AuditCheckpoint> lastCheckpoint() {
        return checkpoints.last();
    }

    /** The history of one record, e.g. a case, oldest first. */
    public List<AuditRecord> history(String subject, String subjectId) {
        chainer.chainPending();
        return records.ofSubject(subject, subjectId).stream().map(this::record).toList();
    }

    /** The newest entries first, {@code size} per page, pages from 0. */
    public List<AuditRecord> recent(int page, int size) {
        chainer.chainPending();
        return records.recent(Math.max(page, 0) * size, size).stream().map(this::record).toList();
    }

    public long size() {
        chainer.chainPending();
        return records.count();
    }

    private ChainVerification walk(ChainWalk walk, long afterSeq, long toSeq, @Nullable String headHash) {
        long after = afterSeq;
        List<StoredEntry> page;
        do {
            page = records.page(after, toSeq, PAGE);
            page.forEach(walk::accept);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).seq();
            }
        } while (page.size() == PAGE);
        return walk.finish(toSeq, headHash);
    }

    private AuditRecord record(StoredEntry entry) {
        return new AuditRecord(entry.seq(), entry.subject(), entry.subjectId(), entry.action(), entry.actor(),
                entry.channel(), values(entry.beforeText()), values(entry.afterText()), entry.at(), entry.prevHash(),
                entry.hash());
    }

    /** The stored values; a text that no longer reads as JSON (tampered with) is shown as it is. */
    private Map<String, String> values(String text) {
        try {
            return json.readValue(text, VALUES);
        } catch (JacksonException e) {
            return Map.of("?", text);
        }
    }

    private static void check(String field, String value, int max) {
        if (value.isBlank() || value.length() > max) {
            throw new DomainException(DomainException.Kind.INVALID, "audit-change-invalid",
                    "An audited change needs a " + field + " of 1 to " + max + " characters.", field, max);
        }
    }
}
