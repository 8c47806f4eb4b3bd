package org.onevisit.platform;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An address nothing answers, or answers to no request of this method or content type: at a machine address a problem
 * (404, 405, 415), elsewhere the error page, in the user's language either way.
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
        if (RequestRefusals.machineAddress(request.getRequestURI())) {
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

    /**
     * A method the address does not take (405), or a body of a type it does not read (415, e.g. an upload sent without
     * {@code multipart/form-data}), found before any handler was chosen.
     */
    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class})
    Object unsupported(HttpServletRequest request, ErrorResponse e) {
        int status = e.getStatusCode().value();
        Locale locale = LocaleContextHolder.getLocale();
        String text = messages.getMessage("error.status." + status, null, "The request is not supported.", locale);
        if (RequestRefusals.machineAddress(request.getRequestURI())) {
            String code = status == 405 ? "method-not-allowed" : "unsupported-media-type";
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.getStatusCode(), text);
            problem.setType(URI.create(ProblemResponses.TYPE_BASE + code));
            problem.setTitle(messages.getMessage("title.invalid", null, "Bad request", locale));
            problem.setProperty("code", code);
            return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status, "error", text));
        page.setStatus(e.getStatusCode());
        return page;
    }
}
