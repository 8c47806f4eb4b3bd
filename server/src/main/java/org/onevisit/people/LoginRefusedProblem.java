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
 * the caller's language (503 when the limits could not be checked in time, {@link LoginRefused.Reason#BUSY}), with {@code Retry-After} and the {@code retryAfter} property in whole seconds. Written by the
 * security filters, which run before Spring MVC could render a {@link DomainException}.
 */
final class LoginRefusedProblem {

    private LoginRefusedProblem() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, MessageSource messages,
            LocaleResolver locales, LoginRefused refused) throws IOException {
        String code = refused.reason().code();
        var locale = locales.resolveLocale(request);
        boolean busy = refused.reason() == LoginRefused.Reason.BUSY;
        HttpStatus status = busy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("error." + code, new Object[] {refused.retryAfterSeconds()}, locale));
        problem.setTitle(messages.getMessage(busy ? "title.unavailable" : "title.too_many_requests", null, locale));
        problem.setType(URI.create("https://onevisit.org/problems/" + code));
        problem.setProperty("code", code);
        problem.setProperty(DomainException.RETRY_AFTER, refused.retryAfterSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
