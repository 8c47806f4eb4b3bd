package org.onevisit.platform;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request refused for what it carries ({@link Refusal}): the API and clients that ask for JSON get a
 * problem, a browser the error page with the same message, in the user's language either way. Used where the request
 * is refused before Spring MVC sees it ({@link RequestLimits}) and by the handlers of refusals found later.
 */
public final class RequestRefusals {

    /** The request attribute holding the message of a refusal, for the error page ({@link ErrorTexts}). */
    static final String TEXT = RequestRefusals.class.getName() + ".text";

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024L);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final InputLimits limits;
    private final DataSize uploadSize;
    private final int maxParts;

    RequestRefusals(MessageSource messages, LocaleResolver locales, JsonMapper json, InputLimits limits,
            DataSize uploadSize, int maxParts) {
        this.maxParts = maxParts;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.limits = limits;
        this.uploadSize = uploadSize;
    }

    /** Writes the refusal: a problem, or the error page through the container's error dispatch. */
    void send(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        if (wantsJson(request)) {
            response.setStatus(refusal.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem(request, refusal));
        } else {
            request.setAttribute(TEXT, text(request, refusal));
            response.sendError(refusal.status().value());
        }
    }

    /** The answer of an exception handler: a problem, or the error page with the message. */
    Object answer(HttpServletRequest request, Refusal refusal) {
        if (wantsJson(request)) {
            return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(request, refusal));
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", refusal.status().value());
        page.addObject("error", text(request, refusal));
        page.setStatus(refusal.status());
        return page;
    }

    ProblemDetail problem(HttpServletRequest request, Refusal refusal) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), text(request, refusal));
        problem.setType(URI.create(ProblemResponses.TYPE_BASE + refusal.code()));
        problem.setTitle(messages.getMessage(refusal.titleKey(), null, refusal.status().getReasonPhrase(), locale));
        problem.setProperty("code", refusal.code());
        if (refusal == Refusal.BODY_TOO_LARGE || refusal == Refusal.UPLOAD_TOO_LARGE) {
            problem.setProperty("maxBytes", limitOf(refusal).toBytes());
        }
        if (refusal == Refusal.TOO_MANY_PARTS) {
            problem.setProperty("maxParts", maxParts);
        }
        return problem;
    }

    private DataSize limitOf(Refusal refusal) {
        return refusal == Refusal.UPLOAD_TOO_LARGE ? uploadSize : limits.maxBodySize();
    }

    private String text(HttpServletRequest request, Refusal refusal) {
        if (refusal == Refusal.TOO_MANY_PARTS) {
            return messages.getMessage("error." + refusal.code(), new Object[] {maxParts}, refusal.code(),
                    locales.resolveLocale(request));
        }
        String megabytes = BigDecimal.valueOf(limitOf(refusal).toBytes()).divide(MEGABYTE, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return messages.getMessage("error." + refusal.code(), new Object[] {megabytes}, refusal.code(),
                locales.resolveLocale(request));
    }

    /**
     * Whether {@code address} is one that programs call — the API ({@code /api/}) and the monitoring's Actuator
     * ({@code /actuator/}) — and so is answered by problem details rather than pages, whatever the client accepts.
     */
    public static boolean machineAddress(@Nullable String address) {
        return address != null && (address.startsWith("/api/") || address.startsWith("/actuator/"));
    }

    /**
     * Whether a refusal should be a problem rather than a page: always at a {@linkplain #machineAddress machine
     * address}, elsewhere when the client asks for JSON and not for HTML.
     */
    public static boolean wantsJson(HttpServletRequest request) {
        if (machineAddress(request.getRequestURI())) {
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return accepted.stream().anyMatch(type -> !type.isWildcardType()
                && (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)))
                && accepted.stream().noneMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }
}
