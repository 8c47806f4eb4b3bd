package org.onevisit.platform;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far each topic has moved on, and whether anything kept in memory may be trusted at all: the rules of
 * {@link ChangeSignals} as plain Java. A topic's generation is the count of its changes plus the count of the times
 * the listener was lost or regained, so it moves on both when the topic changes and when everything must be forgotten.
 * Both counts only grow, so a generation read before a change or a loss never equals one read after it.
 *
 * <p>Only topics some cache has asked for are counted: a change of a topic no one keeps is nothing to forget, and
 * what other database sessions send cannot grow the map.
 */
final class Generations {

    private final ConcurrentHashMap<String, AtomicLong> changes = new ConcurrentHashMap<>();
    private final AtomicLong lossesAndReturns = new AtomicLong();
    private volatile boolean listening;

    /** @param listening whether the changes of every node reach this one from the start (an embedded database) */
    Generations(boolean listening) {
        this.listening = listening;
    }

    long of(String topic) {
        return changes.computeIfAbsent(topic, t -> new AtomicLong()).get() + lossesAndReturns.get();
    }

    /** Whether what was read at {@code generation} may still be kept: the listener is there and nothing moved. */
    boolean unchangedSince(String topic, long generation) {
        return listening && of(topic) == generation;
    }

    void changed(String topic) {
        changes.computeIfPresent(topic, (t, count) -> {
            count.incrementAndGet();
            return count;
        });
    }

    /** Another node's change may go unheard from now on: nothing is kept until the listener is back. */
    void lost() {
        listening = false;
        lossesAndReturns.incrementAndGet();
    }

    /**
     * The listener hears every change again. What was read while it was away may have missed one, so it is forgotten
     * before anything is trusted again.
     */
    void regained() {
        lossesAndReturns.incrementAndGet();
        listening = true;
    }

    boolean listening() {
        return listening;
    }
}
