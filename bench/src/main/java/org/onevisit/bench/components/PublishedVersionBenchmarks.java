package org.onevisit.bench.components;

import java.util.concurrent.TimeUnit;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.ItemVersion;
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
 * What the published-version cache ({@code catalog.PublishedVersionCache}, ADR 0014) saves: an item looked up as a
 * case does, with the cache at its default size and with it off ({@code onevisit.limits.catalog-cache-size=0B}, every
 * version read from its four tables).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PublishedVersionBenchmarks {

    /** An item of the demo catalog: 个体工商户设立登记 (SCJG). */
    private static final String ITEM = "XK-SCJG-001";

    @Param({"h2", "postgres"})
    public String db;

    @Param({"32MB", "0B"})
    public String cacheSize;

    private ConfigurableApplicationContext product;
    private Catalog catalog;
    private int version;

    @Setup(Level.Trial)
    public void start() throws Exception {
        product = RunningProduct.start(db, "--onevisit.limits.catalog-cache-size=" + cacheSize);
        catalog = product.getBean(Catalog.class);
        version = catalog.item(ITEM).version();
    }

    @TearDown(Level.Trial)
    public void stop() {
        product.close();
    }

    /** The current version with whether it is retired: the item's bookkeeping row, and the version. */
    @Benchmark
    public ItemVersion currentVersion() {
        return catalog.item(ITEM);
    }

    /** What the version a case was received under says, as the case's steps apply it. */
    @Benchmark
    public ItemDetails publishedVersion() {
        return catalog.published(ITEM, version);
    }
}
