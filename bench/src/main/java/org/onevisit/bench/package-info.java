/**
 * The benchmark harness: OneVisit's case engine against Flowable and against the database's own durable-commit
 * limit, staff queries at a million cases, and the working-day calendar. Run by {@code bench/run}; never part of
 * the server.
 */
package org.onevisit.bench;
