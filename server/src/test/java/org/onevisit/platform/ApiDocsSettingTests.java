package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped settings: the API description and its browser UI follow {@code onevisit.api-docs.enabled}, which is on
 * with the demo data and off in production (demo data off) unless an operator switches it on.
 */
class ApiDocsSettingTests {

    @Test
    void with_demo_data_off_the_api_docs_and_their_ui_are_off() throws IOException {
        StandardEnvironment settings = shipped(Map.of("onevisit.demo-data", "false"));

        assertThat(settings.getProperty("springdoc.api-docs.enabled", Boolean.class)).isFalse();
        assertThat(settings.getProperty("springdoc.swagger-ui.enabled", Boolean.class)).isFalse();
    }

    @Test
    void with_demo_data_on_they_are_on() throws IOException {
        StandardEnvironment settings = shipped(Map.of());

        assertThat(settings.getProperty("springdoc.api-docs.enabled", Boolean.class)).isTrue();
        assertThat(settings.getProperty("springdoc.swagger-ui.enabled", Boolean.class)).isTrue();
    }

    @Test
    void an_operator_may_switch_them_on_in_production() throws IOException {
        StandardEnvironment settings = shipped(Map.of("onevisit.demo-data", "false", "onevisit.api-docs.enabled", "true"));

        assertThat(settings.getProperty("springdoc.api-docs.enabled", Boolean.class)).isTrue();
        assertThat(settings.getProperty("springdoc.swagger-ui.enabled", Boolean.class)).isTrue();
    }

    private static StandardEnvironment shipped(Map<String, Object> overrides) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", new HashMap<>(overrides)));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return environment;
    }
}
