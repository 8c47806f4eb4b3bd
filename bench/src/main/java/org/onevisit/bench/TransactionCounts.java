package org.onevisit.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an engine asked of the database, as seen on its JDBC connections: statements executed, transactions that
 * wrote (each one a durable commit the database must flush), read-only transactions, and rows written.
 */
final class TransactionCounts {

    final AtomicLong statements = new AtomicLong();
    final AtomicLong writeTransactions = new AtomicLong();
    final AtomicLong readTransactions = new AtomicLong();
    final AtomicLong rowsWritten = new AtomicLong();
    final AtomicLong statementNanos = new AtomicLong();
    final AtomicLong lockingNanos = new AtomicLong();
    final AtomicLong commitNanos = new AtomicLong();
    /** Requests sent and waited for: every statement (a batch once) and every commit or rollback of a transaction. */
    final AtomicLong roundTrips = new AtomicLong();

    /** The step a driver thread is in, so its transactions can be booked to it; other threads' are booked by table. */
    static final ThreadLocal<String> STEP = new ThreadLocal<>();
    private static final Pattern WRITTEN_TABLE = Pattern.compile("^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private volatile boolean booking;
    /** While tracing, every statement and commit, in order, with the step or thread it ran in. */
    private volatile java.util.Queue<String> trace;
    private final Map<String, AtomicLongArray> book = new ConcurrentHashMap<>();

    /**
     * Rows a statement wrote in its {@code WITH} clauses: the driver's update count is the top-level statement's only.
     */
    void alsoWritten(long rows) {
        rowsWritten.addAndGet(rows);
    }

    /** From now on, books every transaction to the step or the table it wrote first; starts an empty book. */
    void startBooking() {
        book.clear();
        booking = true;
    }

    /** Per step (or asynchronous work by the first table written): write transactions, read-only ones, statements. */
    Map<String, long[]> stopBooking() {
        booking = false;
        Map<String, long[]> out = new TreeMap<>();
        book.forEach((k, v) -> out.put(k, new long[] {v.get(0), v.get(1), v.get(2)}));
        return out;
    }

    void booked(boolean wrote, String firstWrite, int statementsInTransaction) {
        if (!booking) {
            return;
        }
        String step = STEP.get();
        String label;
        if (step != null) {
            label = step;
        } else {
            Matcher m = firstWrite == null ? null : WRITTEN_TABLE.matcher(firstWrite);
            label = "async: " + (m != null && m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "read only");
        }
        AtomicLongArray counters = book.computeIfAbsent(label, l -> new AtomicLongArray(3));
        counters.incrementAndGet(wrote ? 0 : 1);
        counters.addAndGet(2, statementsInTransaction);
    }

    /** From now on, keeps every statement's text and every commit, each with its step (or its thread). */
    void startTrace() {
        trace = new java.util.concurrent.ConcurrentLinkedQueue<>();
    }

    /** The statements and commits since {@link #startTrace()}, in the order they were sent. */
    java.util.List<String> stopTrace() {
        java.util.Queue<String> t = trace;
        trace = null;
        return t == null ? java.util.List.of() : java.util.List.copyOf(t);
    }

    boolean tracing() {
        return trace != null;
    }

    void traced(String what) {
        java.util.Queue<String> t = trace;
        if (t != null) {
            String step = STEP.get();
            t.add((step != null ? step : "async " + Thread.currentThread().getName()) + "\t" + what);
        }
    }

    Snapshot snapshot() {
        return new Snapshot(statements.get(), writeTransactions.get(), readTransactions.get(), rowsWritten.get(),
                statementNanos.get(), lockingNanos.get(), commitNanos.get(), roundTrips.get());
    }

    record Snapshot(long statements, long writeTransactions, long readTransactions, long rowsWritten, long statementNanos,
            long lockingNanos, long commitNanos, long roundTrips) {

        Snapshot minus(Snapshot before) {
            return new Snapshot(statements - before.statements, writeTransactions - before.writeTransactions,
                    readTransactions - before.readTransactions, rowsWritten - before.rowsWritten,
                    statementNanos - before.statementNanos, lockingNanos - before.lockingNanos, commitNanos - before.commitNanos,
                    roundTrips - before.roundTrips);
        }

        PerCase perCase(long cases) {
            double n = Math.max(1, cases);
            return new PerCase(statements / n, writeTransactions / n, readTransactions / n, rowsWritten / n,
                    statementNanos / n / 1e6, lockingNanos / n / 1e6, commitNanos / n / 1e6, roundTrips / n);
        }
    }

    /**
     * Averages per completed case; times in milliseconds summed over all threads: waiting for statements (of
     * which those that lock rows with FOR UPDATE) and for commits.
     */
    record PerCase(double statements, double writeTransactions, double readTransactions, double rowsWritten,
            double statementMs, double lockingStatementMs, double commitMs, double roundTrips) {
    }
}
