package org.onevisit.platform;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page's attributes, with the message of a request refused for what it carried ({@link RequestRefusals})
 * in place of the bare reason phrase, so the page says what was wrong in the user's language.
 */
final class ErrorTexts extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object text = request.getAttribute(RequestRefusals.TEXT, RequestAttributes.SCOPE_REQUEST);
        if (text != null) {
            attributes.put("error", text);
        }
        return attributes;
    }
}
