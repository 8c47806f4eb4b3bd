package org.onevisit.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The clock every rule reads, and the language and texts of the pages: Chinese by default, English on request. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration implements WebMvcConfigurer {

    /**
     * The centre's clock, in the centre's time zone {@code onevisit.centre.zone} (Beijing time by default, wherever the
     * server runs): every day and deadline is counted in its zone ({@code clock.getZone()}), nowhere else.
     * {@code onevisit.clock.fixed-at} (an ISO-8601 instant) stops it at one moment, for tests and for demonstrations
     * of deadlines.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${onevisit.centre.zone}") String zone, @Value("${onevisit.clock.fixed-at:}") String fixedAt) {
        ZoneId centreZone = ZoneId.of(zone.strip());
        return fixedAt.isBlank() ? Clock.system(centreZone) : Clock.fixed(Instant.parse(fixedAt), centreZone);
    }

    /** The folder of the centre's keys, apart from the data ({@link KeyFolder}); keys generated with demo data are marked. */
    @Bean
    KeyFolder keyFolder(@Value("${onevisit.keys.dir}") String directory, @Value("${onevisit.demo-data}") boolean demo) {
        return new KeyFolder(java.nio.file.Path.of(directory), demo);
    }

    /** The message bundles as {@code spring.messages} names them, with whole numbers shown as written ({@link Messages}). */
    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
            @Value("${spring.messages.encoding:UTF-8}") String encoding,
            @Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
        Messages messages = new Messages();
        messages.setBasenames(basenames);
        messages.setDefaultEncoding(encoding);
        messages.setFallbackToSystemLocale(fallbackToSystemLocale);
        return messages;
    }

    /** Pages speak Chinese until the user switches; API clients choose with Accept-Language ({@link LanguageCookie}). */
    @Bean
    LocaleResolver localeResolver() {
        return new LanguageCookie();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
