package org.onevisit.platform;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The error page's attributes, saying what was wrong in the user's language instead of the bare reason phrase: the
 * message of a request refused for what it carried ({@link RequestRefusals}), or else what the status means to the
 * person who met it ({@code error.status.<status>} in the message bundles, e.g. a page they may not open, or a form
 * that has expired).
 */
final class ErrorTexts extends DefaultErrorAttributes {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ErrorTexts(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object text = request.getAttribute(RequestRefusals.TEXT, RequestAttributes.SCOPE_REQUEST);
        if (text != null) {
            attributes.put("error", text);
        } else if (attributes.get("status") instanceof Integer status && request instanceof ServletWebRequest web) {
            String explained = messages.getMessage("error.status." + status, null, null,
                    locales.resolveLocale(web.getRequest()));
            if (explained != null) {
                attributes.put("error", explained);
            }
        }
        return attributes;
    }
}
