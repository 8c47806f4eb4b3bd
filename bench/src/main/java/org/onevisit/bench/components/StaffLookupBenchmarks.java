package org.onevisit.bench.components;

import java.util.concurrent.TimeUnit;

import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffMember;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What reading a member of staff from the database costs, now that no node keeps accounts in memory (ADR 0012): the
 * lookup every action makes for its {@link Actor} of record, and the whole account as a page reads it. The read of
 * the enabled flag every request with a staff login makes ({@code DisabledAccountGate}) is one column of the same
 * row by the same unique index, without the join of the roles: at most what {@link #account()} costs. The in-memory
 * lookup these replaced cost a hash-map get, a few nanoseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StaffLookupBenchmarks {

    @Param({"h2", "postgres"})
    public String db;

    private ConfigurableApplicationContext product;
    private Actors actors;
    private StaffAccounts accounts;

    @Setup(Level.Trial)
    public void start() throws Exception {
        product = RunningProduct.start(db);
        actors = product.getBean(Actors.class);
        accounts = product.getBean(StaffAccounts.class);
    }

    @TearDown(Level.Trial)
    public void stop() {
        product.close();
    }

    /** The actor of record of a chief representative, as a decision's policy asks for it. */
    @Benchmark
    public Actor actorOfRecord() {
        return actors.of("scjg-chief");
    }

    /** The whole account with its roles, as the staff page reads it. */
    @Benchmark
    public StaffMember account() {
        return accounts.find("scjg-chief").orElseThrow();
    }
}
