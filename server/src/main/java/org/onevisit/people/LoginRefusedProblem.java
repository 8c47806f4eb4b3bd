package org.onevisit.people;

import java.io.IOException;
import java.net.URI;

import org.onevisit.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API login (HTTP Basic) that the login limits refused, as the API answers every refusal: 429 problem details in
 * the caller's language, with {@code Retry-After} and the {@code retryAfter} property in whole seconds. Written by the
 * security filters, which run before Spring MVC could render a {@link DomainException}.
 */
final class LoginRefusedProblem {

    private LoginRefusedProblem() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, MessageSource messages,
            LocaleResolver locales, LoginRefused refused) throws IOException {
        String code = refused.reason().code();
        var locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("error." + code, new Object[] {refused.retryAfterSeconds()}, locale));
        problem.setTitle(messages.getMessage("title.too_many_requests", null, locale));
        problem.setType(URI.create("https://onevisit.org/problems/" + code));
        problem.setProperty("code", code);
        problem.setProperty(DomainException.RETRY_AFTER, refused.retryAfterSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
