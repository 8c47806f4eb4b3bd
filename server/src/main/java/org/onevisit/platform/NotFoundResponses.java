package org.onevisit.platform;

import java.net.URI;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An address nothing answers: under {@code /api} a 404 problem, elsewhere the error page, in the user's
 * language either way.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class NotFoundResponses {

    private final MessageSource messages;

    NotFoundResponses(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage(
                    "error.no-such-address", new Object[] {request.getRequestURI()}, "Nothing answers at this address.",
                    LocaleContextHolder.getLocale()));
            problem.setType(URI.create(ProblemResponses.TYPE_BASE + "no-such-address"));
            problem.setTitle(messages.getMessage("title.not_found", null, "Not found", LocaleContextHolder.getLocale()));
            problem.setProperty("code", "no-such-address");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", 404, "error",
                messages.getMessage("title.not_found", null, "Not found", LocaleContextHolder.getLocale())));
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
