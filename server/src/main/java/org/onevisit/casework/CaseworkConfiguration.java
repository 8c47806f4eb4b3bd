package org.onevisit.casework;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** Casework's part of the schema's history that SQL alone cannot write. */
@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

    /** Flyway runs Java migrations given as beans in version order with the SQL ones. */
    @Bean
    JavaMigration caseFileMigration(JsonMapper json) {
        return new CaseFileMigration(json);
    }
}
