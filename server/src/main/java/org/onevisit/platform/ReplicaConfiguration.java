package org.onevisit.platform;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The optional read replica (ADR 0054): with {@code onevisit.replica.url} set, the application's data source becomes a
 * {@link ReplicaRouting} over the primary and a small read-only pool of the replica, started lazily so that the
 * application starts while the replica is down. Without it, nothing changes.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

    @Bean
    static BeanPostProcessor replicaRouting(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                String url = environment.getProperty("onevisit.replica.url", "");
                if (!"dataSource".equals(beanName) || !(bean instanceof DataSource primary) || url.isBlank()
                        || bean instanceof ReplicaRouting) {
                    return bean;
                }
                HikariDataSource replica = new HikariDataSource();
                replica.setPoolName("replica");
                replica.setJdbcUrl(url);
                replica.setUsername(environment.getProperty("onevisit.replica.username"));
                replica.setPassword(environment.getProperty("onevisit.replica.password"));
                replica.setReadOnly(true);
                replica.setMaximumPoolSize(4);
                replica.setMinimumIdle(0);
                replica.setConnectionTimeout(2_000);
                // start without the replica: a replica that is down is found out at the first read, and skipped
                replica.setInitializationFailTimeout(-1);
                Duration retryAfter = Binder.get(environment).bind("onevisit.replica.retry-after", Duration.class)
                        .orElse(Duration.ofSeconds(30));
                return new ReplicaRouting(primary, replica, retryAfter, System::nanoTime);
            }
        };
    }
}
