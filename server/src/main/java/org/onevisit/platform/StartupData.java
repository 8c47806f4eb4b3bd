package org.onevisit.platform;

/**
 * Data a module puts in place when the application starts, such as the demo catalog, the demo accounts or the
 * first administrator: loaded in {@link org.springframework.core.annotation.Order} by {@link StartupDataLoader}
 * before the web server takes its first request, so that nobody can sign in to a server whose accounts are not yet
 * there. Loading again adds only what is missing.
 */
public interface StartupData {

    void load();
}
