package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

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

    @Test
    void startup_data_is_loaded_in_a_phase_before_the_web_server_starts() {
        SmartLifecycle webServer = context.getBean(WEB_SERVER_START, SmartLifecycle.class);

        assertThat(webServer.isRunning()).isTrue();
        assertThat(loader.isRunning()).isTrue();
        assertThat(loader.getPhase()).isLessThan(webServer.getPhase());
    }
}
