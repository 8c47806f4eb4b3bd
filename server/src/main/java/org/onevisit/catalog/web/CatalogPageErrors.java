package org.onevisit.catalog.web;

import java.util.Locale;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An unknown item, version or bundle on a catalog page: a page saying so with a way back, never a stack trace. */
@ControllerAdvice(assignableTypes = {CatalogPages.class, CatalogAdminPages.class})
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 20)
class CatalogPageErrors {

    private final MessageSource messages;

    CatalogPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView missing(DomainException e, Locale locale) {
        ModelAndView page = new ModelAndView("catalog/not-found");
        page.addObject("message", DomainMessages.text(messages, e, locale));
        page.setStatus(DomainMessages.status(e));
        return page;
    }
}
