package org.onevisit.sharing;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's RabbitMQ auto-configuration (connection factory, template, admin, health, metrics) out unless
 * {@value AmqpEvents#ENABLED} is true: switched off — the default, the README's commands and the tests — no AMQP bean
 * exists, so no connection to a broker is ever attempted, not even by a health check. Registered in
 * {@code META-INF/spring.factories}.
 */
class AmqpOnlyWhenEnabled implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String RABBIT_AUTO_CONFIGURATION = "org.springframework.boot.amqp.autoconfigure.";

    private boolean enabled;

    @Override
    public void setEnvironment(Environment environment) {
        enabled = environment.getProperty(AmqpEvents.ENABLED, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < match.length; i++) {
            String name = autoConfigurationClasses[i];
            match[i] = enabled || name == null || !name.startsWith(RABBIT_AUTO_CONFIGURATION);
        }
        return match;
    }
}
