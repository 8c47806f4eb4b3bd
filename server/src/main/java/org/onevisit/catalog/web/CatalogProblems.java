package org.onevisit.catalog.web;

import java.net.URI;

import org.onevisit.catalog.CatalogInvalid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a rejected import or edit with every problem found, each with where it is, as problem details. */
@RestControllerAdvice(assignableTypes = {CatalogApi.class, CatalogTransferApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblems {

    private final ProblemTexts texts;
    private final MessageSource messages;

    CatalogProblems(ProblemTexts texts, MessageSource messages) {
        this.texts = texts;
        this.messages = messages;
    }

    @ExceptionHandler(CatalogInvalid.class)
    ResponseEntity<ProblemDetail> invalid(CatalogInvalid e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("error.catalog-invalid", e.args(), e.getMessage(), locale));
        problem.setType(URI.create("https://onevisit.org/problems/catalog-invalid"));
        problem.setTitle(messages.getMessage("title.rule_violated", null, "Rule violated", locale));
        problem.setProperty("code", e.code());
        problem.setProperty("problems", texts.asMaps(e.problems(), locale));
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
