package org.onevisit.bench.components;

import java.nio.file.Path;

import org.onevisit.OneVisitApplication;
import org.onevisit.bench.BenchDatabase;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * OneVisit in process on an emptied database ({@code h2} or {@code postgres}, as {@link BenchDatabase} names them),
 * with the demo catalog and staff, no timers and no web server; {@code settings} as further {@code --name=value}
 * arguments.
 */
final class RunningProduct {

    private RunningProduct() {
    }

    static ConfigurableApplicationContext start(String db, String... settings) throws Exception {
        Path work = Path.of("target", "components", db);
        BenchDatabase database = BenchDatabase.of(db, work);
        String[] base = {"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(), "--onevisit.scheduling.enabled=false",
                "--onevisit.demo-data=true", "--onevisit.data-dir=" + work.resolve("data").toAbsolutePath(),
                "--onevisit.keys.dir=" + work.resolve("keys").toAbsolutePath(),
                "--onevisit.audit.checkpoint-dir=" + work.resolve("audit-checkpoints").toAbsolutePath(),
                "--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR", "--server.port=-1",
                "--springdoc.api-docs.enabled=false", "--springdoc.swagger-ui.enabled=false"};
        String[] arguments = new String[base.length + settings.length];
        System.arraycopy(base, 0, arguments, 0, base.length);
        System.arraycopy(settings, 0, arguments, base.length, settings.length);
        return new SpringApplicationBuilder(OneVisitApplication.class).web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(arguments);
    }
}
