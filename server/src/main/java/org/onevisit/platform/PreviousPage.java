package org.onevisit.platform;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a visitor came from, for the error page's "back" link: only a page of the centre itself (the same host), as
 * a path, so that the link never leads to another site.
 */
@Component("previousPage")
public class PreviousPage {

    /** The path and query of the centre's page the request came from, or null. */
    public @Nullable String path() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null || referer.length() > 2000) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
