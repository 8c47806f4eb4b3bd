package org.onevisit.platform;

import java.time.Clock;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Personal data at rest (DESIGN decision 8): the keys from the key folder, the cipher every repository of personal
 * data uses, the migration that encrypts what earlier versions stored in clear, and the check, at every start, that
 * the key folder holds the keys the database was encrypted with.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    PersonalDataKeys personalDataKeys(KeyFolder folder, Clock clock,
            @Value("${" + PersonalDataKeys.ENCRYPTION_KEY_SETTING + ":1}") int encryptionKey,
            @Value("${" + PersonalDataKeys.INDEX_KEY_SETTING + ":1}") int indexKey) {
        return new PersonalDataKeys(folder, encryptionKey, indexKey, clock);
    }

    @Bean
    PersonalDataCipher personalDataCipher(PersonalDataKeys keys) {
        return new PersonalDataCipher(keys);
    }

    /** Flyway runs Java migrations given as beans in version order with the SQL ones. */
    @Bean
    JavaMigration personalDataMigration(PersonalDataKeys keys, PersonalDataCipher cipher, JsonMapper json) {
        return new PersonalDataMigration(keys, cipher, json);
    }

    /** Migration 201, which hands the accepted cases of earlier versions over to casework (ADR 0009). */
    @Bean
    JavaMigration caseFileMigration(JsonMapper json) {
        return new CaseFileMigration(json);
    }

    /**
     * After the migrations (the JDBC template waits for them), before the application starts its work: a missing or
     * wrong key stops the start here with a {@link PersonalDataKeyProblem}.
     */
    @Bean
    SmartInitializingSingleton personalDataKeyCheck(JdbcTemplate jdbc, PersonalDataKeys keys) {
        return () -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            keys.checkAgainst(connection);
            return null;
        });
    }
}
