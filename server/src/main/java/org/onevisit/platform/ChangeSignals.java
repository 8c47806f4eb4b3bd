package org.onevisit.platform;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every node's caches that something they keep has changed, so that no cache changes behaviour on several
 * nodes sharing one PostgreSQL database (ADR 0019). A cache names what it keeps by a topic; the code that changes
 * it {@link #announce announces} the topic in the changing transaction.
 *
 * <p>How a cache uses it, and the rules that make it correct:
 * <ul>
 * <li><b>Generations.</b> Before reading from the database, a cache takes the topic's {@link #generation}; it keeps
 * what it read only if the topic is {@link #unchangedSince} that generation after the read, and it serves what it
 * keeps only while the topic is still unchanged since then. A change that commits while the cache reads moves the
 * generation on, so the read, which may predate the change, is not kept.</li>
 * <li><b>Between nodes.</b> On PostgreSQL {@link #announce} runs {@code pg_notify('onevisit_changes', topic)} in
 * the caller's transaction: the database delivers it when, and only if, the transaction commits. A listener thread
 * of each node holds a connection of its own with {@code LISTEN onevisit_changes} and moves the topic's generation
 * on when the notification arrives.</li>
 * <li><b>On this node.</b> The topic moves on as soon as the announcing transaction ends, before its own
 * notification comes back, so this node's next request reads the change (at once where there is no transaction). It
 * moves on after a rollback too, on this node only: a read inside the transaction may have seen what was undone.</li>
 * <li><b>Trusted only while listening.</b> A change is heard only while the listener is connected. Until its first
 * {@code LISTEN}, from the moment its connection fails, and until it has listened again, {@link #unchangedSince}
 * answers false for every topic: caches read from the database every time. Losing the listener and getting it back
 * both move every topic on, so nothing read before or during the gap is kept. The listener retries with a growing
 * pause and checks its connection between polls; a connection that dies without a word is noticed at the next
 * check, within about two seconds.</li>
 * <li><b>Embedded database.</b> H2 (or any database but PostgreSQL) serves one node: only this node's path exists,
 * and caches are trusted from the start.</li>
 * </ul>
 *
 * <p><b>Relays.</b> What a node shows live (the hall's board) must also show what the other nodes did: {@link #relay}
 * sends a small message to every <em>other</em> node the same way, on commit, where it is published as a
 * {@link RelayedChange} application event (docs/adr/0051). The announcing node handles its own change itself. A node
 * whose listener is away misses what is relayed meanwhile; what it shows live must be able to start again from the
 * database (the board's snapshot). On an embedded database there is no other node and nothing is sent.
 */
public final class ChangeSignals {

    static final String CHANNEL = "onevisit_changes";
    static final String RELAY_CHANNEL = "onevisit_relays";
    /** PostgreSQL refuses a notification's payload from 8,000 bytes on; the node's id and the topic come first. */
    static final int MAX_RELAY_BYTES = 7_000;
    /** Short names: a notification's payload is bounded, and a topic is a constant in the code, never user input. */
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final JdbcClient jdbc;
    private final Generations generations;
    private final boolean notifying;
    private final String node;

    ChangeSignals(JdbcClient jdbc, Generations generations, boolean notifying, String node) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.notifying = notifying;
        this.node = node;
    }

    /**
     * Sends {@code payload} under {@code topic} to every other node once the current transaction commits (at once
     * outside one); nothing when it rolls back, and nothing on an embedded database, which serves this node alone.
     */
    public void relay(String topic, String payload) {
        checkTopic(topic);
        String message = node + " " + topic + " " + payload;
        if (message.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_RELAY_BYTES) {
            throw new IllegalArgumentException("A relayed message is at most " + MAX_RELAY_BYTES + " bytes: " + topic);
        }
        if (notifying) {
            jdbc.sql("SELECT pg_notify(?, ?)").params(RELAY_CHANNEL, message).query((row, n) -> n).list();
        }
    }

    private static void checkTopic(String topic) {
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("A change topic is lower-case letters, digits and hyphens: " + topic);
        }
    }

    /** Tells every node that what {@code topic} names changes in the current transaction, once it commits. */
    public void announce(String topic) {
        checkTopic(topic);
        if (notifying) {
            jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, topic).query((row, n) -> n).list();
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generations.changed(topic);
                }
            });
        } else {
            generations.changed(topic);
        }
    }

    /** The topic's generation now: take it before reading what the cache will keep. */
    public long generation(String topic) {
        return generations.of(topic);
    }

    /** Whether what was read at {@code generation} may be kept and served: false whenever the listener is away. */
    public boolean unchangedSince(String topic, long generation) {
        return generations.unchangedSince(topic, generation);
    }

    /** Whether every node's changes reach this node now, so that caches are trusted. */
    public boolean listening() {
        return generations.listening();
    }
}
