package org.onevisit.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/**
 * The published item versions a node has read, kept in memory by code and version (ADR 0014).
 * <p>
 * Why it is safe on any number of nodes: a published version's rows ({@code item_version} and its materials, fees and
 * special procedures) are only ever inserted, never updated or deleted, so what one node keeps is what every node
 * reads. What can change — which version is current, whether the item is retired — lives in the item's bookkeeping
 * row, which is not kept here and is read every time.
 * <p>
 * Invalidation: a version is forgotten when a transaction inserts it, and again when that transaction ends, so a
 * version read inside a transaction that then rolls back is never served afterwards. Nothing else invalidates: a
 * committed version never changes. What is kept is bounded by the number of versions ({@value #VERSIONS_KEPT}) and by
 * their weight, the length of each version's JSON form ({@code onevisit.limits.catalog-cache-size}, default 32 MB):
 * past either, the memory starts again (ADR 0002). A size of 0 keeps nothing.
 */
@Component
class PublishedVersionCache {

    /** Enough for every version of a large city's catalog; past it, the memory starts again. */
    static final int VERSIONS_KEPT = 20_000;

    /** A version kept, with what it weighs. */
    private record Kept(ItemVersion version, long bytes) {
    }

    private final JsonMapper json;
    private final long maxBytes;
    private final Map<String, Kept> versions = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();

    PublishedVersionCache(JsonMapper json, @Value("${onevisit.limits.catalog-cache-size:32MB}") DataSize maxSize) {
        this.json = json;
        this.maxBytes = maxSize.toBytes();
    }

    /** The version kept, or the one {@code read} finds, then kept. */
    Optional<ItemVersion> get(String code, int version, Supplier<Optional<ItemVersion>> read) {
        String key = key(code, version);
        Kept known = versions.get(key);
        if (known != null) {
            return Optional.of(known.version());
        }
        Optional<ItemVersion> found = read.get();
        found.ifPresent(v -> keep(key, v));
        return found;
    }

    /** A version being inserted: not served from memory until the inserting transaction has ended. */
    void inserting(String code, int version) {
        String key = key(code, version);
        forget(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(key);
                }
            });
        }
    }

    private void keep(String key, ItemVersion version) {
        long bytes = json.writeValueAsBytes(version).length;
        if (versions.size() >= VERSIONS_KEPT || keptBytes.get() + bytes > maxBytes) {
            versions.clear();
            keptBytes.set(0);
        }
        if (bytes <= maxBytes && versions.put(key, new Kept(version, bytes)) == null) {
            keptBytes.addAndGet(bytes);
        }
    }

    private void forget(String key) {
        Kept gone = versions.remove(key);
        if (gone != null) {
            keptBytes.addAndGet(-gone.bytes());
        }
    }

    private static String key(String code, int version) {
        return code + "#" + version;
    }
}
