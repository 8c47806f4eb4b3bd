package org.onevisit.people;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every answer tells the browser, besides Spring Security's defaults ({@code X-Content-Type-Options: nosniff},
 * no caching of private pages, HSTS over HTTPS): no one may frame it ({@code X-Frame-Options: DENY}) unless it says
 * otherwise itself, the full address of a page never
 * goes to another site ({@code Referrer-Policy}), and every HTML page runs only the centre's own script files, embeds
 * no plugin, frames only the centre's own answers (the counter's file viewer shows a PDF of a case in a frame), is
 * framed by no one and sends its forms only to the centre ({@code Content-Security-Policy}).
 * <p>
 * The pages have no inline script, event handler or style (htmx is told not to inject its indicator styles). The
 * API documentation UI, a third-party page, sets style attributes and uses {@code data:} images, so it gets the same
 * policy with those two allowances; its scripts are files served by the centre too. Answers other than HTML (JSON,
 * PDF, files) run nothing and get no policy, so a browser's PDF viewer is not blocked; a file the counter shows in a
 * frame says itself that only the centre may frame it.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";
    static final String API_DOCS = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";
    private static final String API_DOCS_PATH = "/api-docs/";

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter(new FrameOptions())
                .addHeaderWriter(new PagePolicy());
    }

    /**
     * {@code X-Frame-Options: DENY}, unless the answer says itself who may frame it: the counter's file viewer sends a
     * case's PDF with {@code SAMEORIGIN} (Spring Security's own writer would overwrite it).
     */
    private static final class FrameOptions implements HeaderWriter {

        static final String HEADER = "X-Frame-Options";

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            if (!response.containsHeader(HEADER)) {
                response.setHeader(HEADER, "DENY");
            }
        }
    }

    /**
     * Written when the answer is committed, when its content type is known, except for an error about to be shown by
     * the error page: that one gets the policy of the pages.
     */
    private static final class PagePolicy implements HeaderWriter {

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            String type = response.getContentType();
            if (type != null && !type.startsWith("text/html") || response.containsHeader(CONTENT_SECURITY_POLICY)) {
                return;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            response.setHeader(CONTENT_SECURITY_POLICY, path.startsWith(API_DOCS_PATH) ? API_DOCS : PAGES);
        }
    }
}
