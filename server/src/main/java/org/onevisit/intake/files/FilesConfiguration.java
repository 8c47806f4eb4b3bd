package org.onevisit.intake.files;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * The file store (by default {@code <data folder>/files}) and the upload limit
 * {@code onevisit.uploads.max-size} (default 20 MB), which the multipart limit of the web layer follows.
 */
@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FileStore fileStore(@Value("${onevisit.data-dir}") Path dataDir) {
        return new FileSystemFileStore(dataDir.resolve("files"));
    }

    @Bean
    MaterialFiles materialFiles(FileStore store, JdbcClient jdbc, Clock clock,
            @Value("${onevisit.uploads.max-size:20MB}") DataSize maxSize, @Value("${onevisit.data-dir}") Path dataDir) {
        return new MaterialFiles(store, new StoredFiles(jdbc), clock, maxSize, dataDir.resolve("uploads-incoming"));
    }
}
