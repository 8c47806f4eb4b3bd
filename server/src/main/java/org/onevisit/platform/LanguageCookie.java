package org.onevisit.platform;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language a visitor chose, kept in the {@value #NAME} cookie for a year: {@code SameSite=Lax} like the session
 * cookie, and {@code Secure} when the page came over HTTPS (also behind a proxy that says so), so it is never sent
 * back over plain HTTP. Pages speak Chinese until the visitor switches; API clients choose with
 * {@code Accept-Language}.
 */
final class LanguageCookie implements LocaleContextResolver {

    static final String NAME = "onevisit-lang";

    private final CookieLocaleResolver plain = resolver(false);
    private final CookieLocaleResolver secure = resolver(true);

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return plain.resolveLocaleContext(request);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable LocaleContext localeContext) {
        (request.isSecure() ? secure : plain).setLocaleContext(request, response, localeContext);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return plain.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        (request.isSecure() ? secure : plain).setLocale(request, response, locale);
    }

    private static CookieLocaleResolver resolver(boolean secure) {
        CookieLocaleResolver resolver = new CookieLocaleResolver(NAME);
        resolver.setDefaultLocaleFunction(request -> RequestRefusals.machineAddress(request.getRequestURI())
                && request.getHeader("Accept-Language") != null ? request.getLocale() : Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieSecure(secure);
        return resolver;
    }
}
