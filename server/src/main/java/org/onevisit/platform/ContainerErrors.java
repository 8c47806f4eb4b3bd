package org.onevisit.platform;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the container answers for a request it refuses before the application sees it — an address whose path is not
 * UTF-8 or has a broken percent sign ({@code /api/v1/cases/%ff}) — in place of its own error page: under
 * {@code /api/} a problem, elsewhere a short page, in the caller's language either way.
 */
final class ContainerErrors extends ErrorReportValve {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ContainerErrors(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Locale locale = locales.resolveLocale(request.getRequest());
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? String.valueOf(status) : known.getReasonPhrase();
        String code = status == HttpStatus.BAD_REQUEST.value() ? "unreadable-address" : "request-refused";
        String detail = messages.getMessage("error." + code, null, reason, locale);
        try {
            response.resetBuffer();
            String address = request.getRequestURI();
            if (RequestRefusals.machineAddress(address)) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(known == null ? HttpStatus.BAD_REQUEST : known, detail);
                problem.setType(URI.create(ProblemResponses.TYPE_BASE + code));
                problem.setTitle(messages.getMessage("title.invalid", null, reason, locale));
                problem.setProperty("code", code);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getOutputStream().write(json.writeValueAsBytes(problem));
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer page = response.getReporter();
                if (page != null) {
                    String title = HtmlUtils.htmlEscape(messages.getMessage("error.page.title." + status, null,
                            messages.getMessage("error.page.title", null, "Error", locale), locale));
                    page.write("<!DOCTYPE html><html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "zh-CN")
                            + "\"><head><meta charset=\"UTF-8\"><title>" + title + "</title>"
                            + "<link rel=\"stylesheet\" href=\"/css/onevisit.css\"></head><body><main class=\"container\"><h1>"
                            + title + "</h1><p class=\"status\">" + status + " " + HtmlUtils.htmlEscape(detail)
                            + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(messages.getMessage("error.page.back", null,
                                    "Home", locale)) + "</a></p></main></body></html>");
                    page.flush();
                }
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer was already under way: nothing more can be said
        }
    }
}
