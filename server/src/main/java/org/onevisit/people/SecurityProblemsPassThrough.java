package org.onevisit.people;

import org.onevisit.platform.JsonApi;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Lets a refusal by {@code @PreAuthorize} on an API controller reach the security filter chain, which
 * answers 401 to an anonymous caller and 403 to a logged-in one. Without it the API's catch-all error
 * handler would turn the refusal into a 500.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemsPassThrough {

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrow(RuntimeException refusal) {
        throw refusal;
    }
}
