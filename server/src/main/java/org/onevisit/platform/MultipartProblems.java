package org.onevisit.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A multipart body that cannot be read (no boundary, a part cut off) fails before a controller is chosen, so it is
 * answered here for every address: a 400 problem for the API, the error page with the message otherwise. An upload
 * over its limit is answered before this, as {@code files-too-large}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MultipartProblems {

    private final RequestRefusals refusals;

    MultipartProblems(RequestRefusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(MultipartException.class)
    Object unreadable(HttpServletRequest request) {
        return refusals.answer(request, Refusal.UNREADABLE_MULTIPART);
    }
}
