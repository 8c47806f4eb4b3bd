package org.onevisit.bench.scale;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.onevisit.OneVisitApplication;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product itself, in process: OneVisit's Spring context on the bench database, without a web server and the
 * timers, with the demo catalog, its clock standing at the end of the generated history. Flyway creates the schema.
 */
final class ProductContext {

    private ProductContext() {
    }

    static ConfigurableApplicationContext start(BenchDatabase db, ScaleSettings settings, StatementCapture capture) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        properties.put("spring.datasource.hikari.maximum-pool-size", "4");
        properties.put("onevisit.demo-data", "true");
        properties.put("onevisit.scheduling.enabled", "false");
        // Spring Modulith's Moments, on the product's classpath though unused, switches scheduling on by itself: without
        // this the deemed-consent timer would run during the measurements and change the generated reviews.
        properties.put("spring.modulith.moments.enabled", "false");
        properties.put("onevisit.clock.fixed-at", settings.now().toString());
        properties.put("onevisit.data-dir", "target/scale-data");
        // the bench database is emptied before each run, so whatever keys are here encrypt it from scratch
        properties.put("onevisit.keys.dir", "target/scale-keys");
        properties.put("onevisit.audit.checkpoint-dir", "target/scale-audit-checkpoints");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.onevisit.bench", "INFO");
        SpringApplication application = new SpringApplication(OneVisitApplication.class);
        // A servlet context because the product's security configuration needs one; port -1 starts no web server.
        application.setWebApplicationType(WebApplicationType.SERVLET);
        properties.put("server.port", "-1");
        application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && beanName.equals("dataSource") ? capture.wrap(ds) : bean;
            }
        }));
        // As command-line arguments, so they win over the product's application.yml.
        return application.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }
}
