package org.onevisit.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ChangeSignals} on the application's database: on PostgreSQL with a {@link ChangeListener} connected as
 * {@code spring.datasource.*} says; elsewhere this node's path alone (an embedded database serves one node).
 */
@Configuration(proxyBeanMethods = false)
class ChangeSignalling {

    private static final String POSTGRESQL = "jdbc:postgresql:";

    private final String url;
    private final Generations generations;
    /** This node, as its relays name it: each start of the application is a node of its own. */
    private final String node = java.util.UUID.randomUUID().toString();

    ChangeSignalling(@Value("${spring.datasource.url}") String url) {
        this.url = url;
        this.generations = new Generations(!postgres());
    }

    @Bean
    ChangeSignals changeSignals(JdbcClient jdbc) {
        return new ChangeSignals(jdbc, generations, postgres(), node);
    }

    @Bean
    @ConditionalOnExpression("'${spring.datasource.url}'.startsWith('" + POSTGRESQL + "')")
    ChangeListener changeListener(@Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password, ApplicationEventPublisher events) {
        return new ChangeListener(url, user, password, generations, node, events);
    }

    private boolean postgres() {
        return url.startsWith(POSTGRESQL);
    }
}
