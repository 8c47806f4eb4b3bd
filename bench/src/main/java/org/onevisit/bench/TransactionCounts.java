package org.onevisit.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What an engine asked of the database, as seen on its JDBC connections: statements executed, transactions that
 * wrote (each one a durable commit the database must flush), read-only transactions, and rows written.
 */
final class TransactionCounts {

    final AtomicLong statements = new AtomicLong();
    final AtomicLong writeTransactions = new AtomicLong();
    final AtomicLong readTransactions = new AtomicLong();
    final AtomicLong rowsWritten = new AtomicLong();

    Snapshot snapshot() {
        return new Snapshot(statements.get(), writeTransactions.get(), readTransactions.get(), rowsWritten.get());
    }

    record Snapshot(long statements, long writeTransactions, long readTransactions, long rowsWritten) {

        Snapshot minus(Snapshot before) {
            return new Snapshot(statements - before.statements, writeTransactions - before.writeTransactions,
                    readTransactions - before.readTransactions, rowsWritten - before.rowsWritten);
        }

        PerCase perCase(long cases) {
            double n = Math.max(1, cases);
            return new PerCase(statements / n, writeTransactions / n, readTransactions / n, rowsWritten / n);
        }
    }

    /** Averages per completed case. */
    record PerCase(double statements, double writeTransactions, double readTransactions, double rowsWritten) {
    }
}
