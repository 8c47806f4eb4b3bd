package org.onevisit.bench;

/** One engine's way of taking a case from the counter to its result, driven as an application would. */
interface CaseEngine extends AutoCloseable {

    /** Engine name as the report shows it. */
    String name();

    /**
     * Runs one case through every step a person does, timing each step; returns when the last step a person takes
     * is done. Effects the engine completes on its own threads are awaited by {@link #awaitCompleted()}.
     */
    void runCase(Steps steps) throws Exception;

    /** Blocks until every case run so far has its last effect durable. */
    void awaitCompleted() throws InterruptedException;

    /** What one case is made of, for the report: tasks, decisions, documents. */
    String caseShape();

    @Override
    void close();
}
