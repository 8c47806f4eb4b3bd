package org.onevisit.platform;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads every module's {@link StartupData}, in order, when the application context starts: in a lifecycle phase
 * before the web server's, which starts listening only afterwards. (An {@code ApplicationRunner} runs after the
 * server is listening, and a request in between would find no accounts.)
 *
 * <p>Nodes sharing one database load one after the other: each {@link StartupData} adds only what is missing, by
 * looking first, and two nodes looking at once on an empty database would both find it missing (the catalog imported
 * twice, or a start ended by a duplicate account). So the loading holds the row {@value #LOCK} of
 * {@code platform_demo_seed} locked, in a transaction of its own on a thread of its own, from before the first load
 * to after the last: a node starting meanwhile waits on the row and then finds everything in place. The loads keep
 * their own transactions on the starting thread, as they would without the lock.
 */
@Component
class StartupDataLoader implements SmartLifecycle {

    /** Before the web server, which starts in a phase just below {@link SmartLifecycle#DEFAULT_PHASE}. */
    static final int PHASE = 0;

    /** The row of {@code platform_demo_seed} held while the startup data loads; its value counts the loadings. */
    static final String LOCK = "startup-data";

    private final List<StartupData> data;
    private final CounterRows rows;
    private final TransactionTemplate lockTransaction;
    private volatile boolean running;

    StartupDataLoader(List<StartupData> data, JdbcClient jdbc, DataSource dataSource,
            PlatformTransactionManager transactions) {
        this.data = data;
        this.rows = new CounterRows(jdbc, dataSource, transactions, "platform_demo_seed", "name");
        this.lockTransaction = new TransactionTemplate(transactions);
        this.lockTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void start() {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch loaded = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread holder = new Thread(() -> {
            try {
                lockTransaction.executeWithoutResult(tx -> {
                    rows.next(LOCK);
                    taken.countDown();
                    awaitUninterruptibly(loaded);
                });
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                taken.countDown();
            }
        }, "startup-data-lock");
        holder.start();
        try {
            awaitUninterruptibly(taken);
            if (failure.get() != null) {
                throw new IllegalStateException("The startup data's lock row cannot be taken", failure.get());
            }
            data.forEach(StartupData::load);
        } finally {
            loaded.countDown();
            joinUninterruptibly(holder);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
