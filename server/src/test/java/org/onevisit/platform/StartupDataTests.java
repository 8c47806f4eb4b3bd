package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/**
 * Startup data is in place before the web server listens: a request that reaches the server finds the demo
 * accounts and the first administrator, not a window in which they are still being loaded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StartupDataTests {

    /** What happened at start-up, in order. */
    static final List<String> happened = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        @Order(Integer.MAX_VALUE)
        StartupData recordedLast() {
            return () -> happened.add("startup data loaded");
        }

        @EventListener
        void on(WebServerInitializedEvent listening) {
            happened.add("web server listening");
        }
    }

    @Autowired
    StartupDataLoader loader;

    @Test
    void every_module_s_startup_data_is_loaded_before_the_web_server_listens() {
        assertThat(loader.isRunning()).isTrue();
        assertThat(happened).containsSubsequence("startup data loaded", "web server listening");
        assertThat(happened).filteredOn("startup data loaded"::equals).hasSize(1);
    }
}
