package org.onevisit.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.platform.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demonstration catalog of 示例市 ({@code catalog/default-catalog.yaml}) into an empty catalog when
 * demo data is switched on. Without demo data a centre starts empty and imports its own 实施清单.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "onevisit.demo-data", havingValue = "true")
class DefaultCatalog implements StartupData {

    static final String LOCATION = "catalog/default-catalog.yaml";
    private static final Logger log = LoggerFactory.getLogger(DefaultCatalog.class);

    private final CatalogEditing editing;

    DefaultCatalog(CatalogEditing editing) {
        this.editing = editing;
    }

    @Override
    public void load() {
        if (!editing.empty()) {
            return;
        }
        try (Reader reader = new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = editing.importCatalog(YamlCatalogReader.read(reader), "system");
            log.info("Demo catalog loaded: {} departments, {} items, {} bundles", report.departments(),
                    report.itemsCreated(), report.bundles());
        } catch (IOException e) {
            throw new UncheckedIOException("The demo catalog " + LOCATION + " cannot be read", e);
        }
    }
}
