package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Startup data is in place before the web server listens: a request that reaches the server finds the demo
 * accounts and the first administrator, not a window in which they are still being loaded. The context is the one
 * the other tests with a real server use, so this test opens no connection pool of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StartupDataTests {

    /** The lifecycle bean that starts the embedded web server, as Spring Boot registers it. */
    private static final String WEB_SERVER_START = "webServerStartStop";

    @Autowired
    ApplicationContext context;

    @Autowired
    StartupDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void startup_data_is_loaded_in_a_phase_before_the_web_server_starts() {
        SmartLifecycle webServer = context.getBean(WEB_SERVER_START, SmartLifecycle.class);

        assertThat(webServer.isRunning()).isTrue();
        assertThat(loader.isRunning()).isTrue();
        assertThat(loader.getPhase()).isLessThan(webServer.getPhase());
    }

    /**
     * Nodes sharing a database load one after the other: while one loads, the lock row is held, so another node's
     * loader waits on it instead of finding the same data missing at the same time. Seen here as another transaction
     * that may not take the row while the data loads, and may once the loading is over.
     */
    @Test
    void the_lock_row_is_held_while_the_startup_data_loads_and_released_after() {
        List<Boolean> takenWhileLoading = new ArrayList<>();
        StartupData probe = () -> takenWhileLoading.add(lockRowFree());
        new StartupDataLoader(List.of(probe, probe), jdbc, dataSource, transactions).start();

        assertThat(takenWhileLoading).containsExactly(false, false);
        assertThat(lockRowFree()).isTrue();
    }

    /** Whether another transaction, on another thread, can lock the row at once. */
    private boolean lockRowFree() {
        TransactionTemplate other = new TransactionTemplate(transactions);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return other.execute(tx -> jdbc.sql("SELECT last_value FROM platform_demo_seed WHERE name = ? FOR UPDATE NOWAIT")
                        .param(StartupDataLoader.LOCK).query(Long.class).optional().isPresent());
            } catch (RuntimeException locked) {
                return false;
            }
        }).join();
    }
}
