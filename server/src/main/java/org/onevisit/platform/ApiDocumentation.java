package org.onevisit.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/** The title and introduction of the OpenAPI description served at {@code /api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI oneVisitApi() {
        return new OpenAPI().info(new Info()
                .title("OneVisit 一次办 API")
                .version("v1")
                .description("""
                        JSON API of the integrated government service centre: catalog (事项目录、办事指南、一件事), \
                        working-day calendar, applicants and staff. Reading the catalog and the calendar needs no login; \
                        changes need HTTP Basic, or a page session and the page's CSRF token in `X-CSRF-TOKEN`, with \
                        the right role. Errors are RFC 9457 problem \
                        details with a stable `code`, in the language of `Accept-Language` (Chinese by default).""")
                .license(new License().name("Apache-2.0")));
    }
}
