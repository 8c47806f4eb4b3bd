package org.onevisit.platform;

import org.springframework.beans.factory.annotation.Value;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;

/** The limits on requests ({@link InputLimits}, {@link RequestLimits}) and how a refused request is answered. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InputLimits.class)
class LimitsConfiguration {

    @Bean
    RequestRefusals requestRefusals(MessageSource messages, LocaleResolver locales, JsonMapper json, InputLimits limits,
            @Value("${onevisit.uploads.max-size:20MB}") DataSize uploadSize,
            @Value("${server.tomcat.max-part-count:50}") int maxParts) {
        return new RequestRefusals(messages, locales, json, limits, uploadSize, maxParts);
    }

    /**
     * Right after the character encoding is set (which must come before any parameter is read), before security and
     * everything else; again on the error page's dispatch of a refused request.
     */
    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(RequestRefusals refusals, InputLimits limits) {
        FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(new RequestLimits(refusals, limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** The container's answer to a request it refuses before the application sees it ({@link ContainerErrors}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrors(MessageSource messages,
            LocaleResolver locales, JsonMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            host.setErrorReportValveClass(ContainerErrors.class.getName());
            host.getPipeline().addValve(new ContainerErrors(messages, locales, json));
        });
    }

    @Bean
    ErrorAttributes errorAttributes(MessageSource messages, LocaleResolver locales) {
        return new ErrorTexts(messages, locales);
    }
}
