package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

class PublishedVersionCacheTests {

    private static final ItemVersion VERSION = new ItemVersion(new ItemCode("XK-SCJG-001"), 1,
            CatalogFixtures.anItem("个体工商户设立登记", "SCJG"), Instant.parse("2026-03-02T01:30:00Z"), "admin", false);

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void no_transaction_left_open() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_published_version_is_read_from_the_database_once() {
        PublishedVersionCache cache = cache("32MB");

        assertThat(cache.get("XK-SCJG-001", 1, this::read)).contains(VERSION);
        assertThat(cache.get("XK-SCJG-001", 1, this::read)).contains(VERSION);

        assertThat(reads).hasValue(1);
    }

    @Test
    void a_version_not_found_is_asked_for_again() {
        PublishedVersionCache cache = cache("32MB");

        assertThat(cache.get("XK-SCJG-001", 2, this::none)).isEmpty();
        assertThat(cache.get("XK-SCJG-001", 2, this::read)).contains(VERSION);
    }

    @Test
    void a_version_read_in_the_transaction_that_inserted_it_is_forgotten_when_that_transaction_ends() {
        PublishedVersionCache cache = cache("32MB");
        TransactionSynchronizationManager.initSynchronization();
        cache.inserting("XK-SCJG-001", 1);
        cache.get("XK-SCJG-001", 1, this::read);

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        TransactionSynchronizationManager.clearSynchronization();

        assertThat(cache.get("XK-SCJG-001", 1, this::none)).as("the rolled-back version is not served").isEmpty();
    }

    @Test
    void a_size_of_nothing_keeps_nothing() {
        PublishedVersionCache cache = cache("0B");

        cache.get("XK-SCJG-001", 1, this::read);
        cache.get("XK-SCJG-001", 1, this::read);

        assertThat(reads).hasValue(2);
    }

    @Test
    void past_its_weight_the_memory_starts_again() {
        long weight = JsonMapper.builder().build().writeValueAsBytes(VERSION).length;
        PublishedVersionCache cache = cache(weight * 2 + "B");
        cache.get("A", 1, this::read);
        cache.get("B", 1, this::read);

        cache.get("C", 1, this::read);

        assertThat(cache.get("C", 1, this::none)).isPresent();
        assertThat(cache.get("A", 1, this::none)).isEmpty();
    }

    private static PublishedVersionCache cache(String size) {
        return new PublishedVersionCache(JsonMapper.builder().build(), DataSize.parse(size));
    }

    private Optional<ItemVersion> read() {
        reads.incrementAndGet();
        return Optional.of(VERSION);
    }

    private Optional<ItemVersion> none() {
        return Optional.empty();
    }
}
