package org.onevisit.intake.files;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.onevisit.platform.RequestRefusals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart request over the upload limit is refused before a controller is even chosen, so the error
 * handling tied to controllers never sees it. It is answered here for every address: a 413 problem with the code
 * {@code files-too-large} for the API and for clients that accept JSON, the error page with the same
 * message otherwise.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeResponses {

    private static final String PROBLEM_TYPE = "https://onevisit.org/problems/files-too-large";
    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024L);

    private final MessageSource messages;
    private final DataSize maxSize;

    UploadTooLargeResponses(MessageSource messages, @Value("${onevisit.uploads.max-size:20MB}") DataSize maxSize) {
        this.messages = messages;
        this.maxSize = maxSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String megabytes = BigDecimal.valueOf(maxSize.toBytes()).divide(MEGABYTE, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        String detail = messages.getMessage("error.files-too-large", new Object[] {megabytes},
                "The file is larger than the limit of " + megabytes + " MB.", LocaleContextHolder.getLocale());
        if (RequestRefusals.wantsJson(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setType(URI.create(PROBLEM_TYPE));
            problem.setTitle(messages.getMessage("title.invalid", null, "Bad Request", LocaleContextHolder.getLocale()));
            problem.setProperty("code", "files-too-large");
            problem.setProperty("maxBytes", maxSize.toBytes());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", HttpStatus.CONTENT_TOO_LARGE.value(),
                "error", detail));
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }
}
