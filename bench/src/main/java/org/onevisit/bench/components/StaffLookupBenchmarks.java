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
 * What looking up a member of staff costs (ADR 0012): the actor of record every action looks up, which the node keeps
 * ({@code people.KnownOfficials}) and checks at each of the official's requests; and the whole account read from the
 * database, as the pages read it and as an actor is read the first time and after a change. The read every request
 * with a staff login makes ({@code DisabledAccountGate}) is two columns of the same row by the same unique index,
 * without the join of the roles: at most what {@link #account()} costs.
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

    /** The actor of record of a chief representative, as a decision's policy asks for it: from the node's memory. */
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
