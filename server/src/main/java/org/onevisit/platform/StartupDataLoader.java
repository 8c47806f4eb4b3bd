package org.onevisit.platform;

import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads every module's {@link StartupData}, in order, when the application context starts: in a lifecycle phase
 * before the web server's, which starts listening only afterwards. (An {@code ApplicationRunner} runs after the
 * server is listening, and a request in between would find no accounts.)
 */
@Component
class StartupDataLoader implements SmartLifecycle {

    /** Before the web server, which starts in a phase just below {@link SmartLifecycle#DEFAULT_PHASE}. */
    static final int PHASE = 0;

    private final List<StartupData> data;
    private volatile boolean running;

    StartupDataLoader(List<StartupData> data) {
        this.data = data;
    }

    @Override
    public void start() {
        data.forEach(StartupData::load);
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
}
