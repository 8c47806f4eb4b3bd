package org.onevisit.platform;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A broken rule or a missing thing on a page that does not handle it itself: the error page with the message
 * in the user's words and the right status, never a stack trace. JSON controllers answer problem details.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private final MessageSource messages;

    PageProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, jakarta.servlet.http.HttpServletResponse response) {
        HttpStatus status = DomainMessages.status(e);
        String message = DomainMessages.text(messages, e, LocaleContextHolder.getLocale());
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "error", message));
        page.setStatus(status);
        Object retryAfter = e.details().get(DomainException.RETRY_AFTER);
        if (retryAfter != null) {
            response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        return page;
    }
}
