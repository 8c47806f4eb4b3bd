package org.onevisit.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.core.JacksonException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every failure of the JSON API as RFC 9457 problem details: a stable {@code type} per code,
 * a title and detail in the user's language, the code and the fields or identifiers involved. A server
 * error never shows a stack trace.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ProblemResponses extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://onevisit.org/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final MessageSource messages;
    private final RequestRefusals refusals;

    ProblemResponses(MessageSource messages, RequestRefusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
        setMessageSource(messages);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = DomainMessages.status(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text("error." + e.code(), e.getMessage(), e.args()));
        problem.setType(URI.create(TYPE_BASE + e.code()));
        problem.setTitle(text("title." + e.kind().name().toLowerCase(Locale.ROOT), status.getReasonPhrase()));
        problem.setProperty("code", e.code());
        e.details().forEach(problem::setProperty);
        Object retryAfter = e.details().get(DomainException.RETRY_AFTER);
        if (retryAfter != null) {
            return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, retryAfter.toString()).body(problem);
        }
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String value = String.valueOf(e.getValue());
        ProblemDetail problem = badRequest("invalid-parameter",
                text("error.invalid-parameter", "Parameter '" + e.getName() + "' has an invalid value: " + value, e.getName(), value));
        problem.setProperty("field", e.getName());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream().map(this::fieldError).toList();
        ProblemDetail problem = badRequest("invalid-request", errors.isEmpty()
                ? text("error.invalid-request", "The request is invalid.")
                : errors.stream().map(m -> m.get("field") + ": " + m.get("message")).reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("field", err instanceof FieldError field ? field.getField()
                            : r.getMethodParameter().getParameterName());
                    m.put("message", messages.getMessage(err, LocaleContextHolder.getLocale()));
                    return m;
                })).toList();
        ProblemDetail problem = badRequest("invalid-request",
                errors.stream().map(m -> m.get("field") + ": " + m.get("message")).reduce((a, b) -> a + "; " + b)
                        .orElse(text("error.invalid-request", "The request is invalid.")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (BodyTooLarge.causedBy(e) && request instanceof ServletWebRequest servlet) {
            ProblemDetail tooLarge = refusals.problem(servlet.getRequest(), Refusal.BODY_TOO_LARGE);
            return ResponseEntity.status(tooLarge.getStatus()).body(tooLarge);
        }
        String field = unreadableField(e);
        ProblemDetail problem = field.isEmpty()
                ? badRequest("unreadable-request", text("error.unreadable-request", "The request body cannot be read."))
                : badRequest("invalid-request", text("error.unreadable-field", "Field '" + field + "' has an invalid value.", field));
        if (!field.isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", field,
                    "message", text("error.unreadable-field", "invalid value", field))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** The JSON path of the field the body could not be read at, such as {@code item.legalLimit.days}. */
    private static String unreadableField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : jackson.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return "";
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolated(ConstraintViolationException e) {
        List<Map<String, Object>> errors = e.getConstraintViolations().stream().map(v -> {
            String path = v.getPropertyPath().toString();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", path.substring(path.lastIndexOf('.') + 1));
            m.put("message", v.getMessage());
            return m;
        }).toList();
        ProblemDetail problem = badRequest("invalid-request",
                errors.stream().map(m -> m.get("field") + ": " + m.get("message")).reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Refusals of method security belong to the security filters, which answer 401 or 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                text("error.internal", "An internal error occurred; nothing was changed."));
        problem.setType(URI.create(TYPE_BASE + "internal"));
        return ResponseEntity.internalServerError().body(problem);
    }

    private Map<String, Object> fieldError(FieldError error) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", error.getField());
        m.put("message", messages.getMessage(error, LocaleContextHolder.getLocale()));
        return m;
    }

    private ProblemDetail badRequest(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(text("title.invalid", "Bad Request"));
        problem.setProperty("code", code);
        return problem;
    }

    private String text(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
    }
}
