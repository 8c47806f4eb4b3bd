package org.onevisit.platform;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The centre this installation serves, as pages and documents name it, whether demo data is loaded and whether the
 * API documentation is published.
 */
@Component("centreInfo")
public class CentreInfo {

    private final String name;
    private final String nameEn;
    private final String regionCode;
    private final boolean demo;
    private final boolean apiDocs;

    CentreInfo(@Value("${onevisit.centre.name}") String name, @Value("${onevisit.centre.name-en}") String nameEn,
            @Value("${onevisit.centre.region-code}") String regionCode, @Value("${onevisit.demo-data}") boolean demo,
            @Value("${onevisit.api-docs.enabled:false}") boolean apiDocs) {
        this.name = name;
        this.nameEn = nameEn;
        this.regionCode = regionCode;
        this.demo = demo;
        this.apiDocs = apiDocs;
    }

    /** The centre's name in the given language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }

    /** The six-digit GB/T 2260 code of the region the centre serves. */
    public String regionCode() {
        return regionCode;
    }

    /** True when the demo data set is loaded: pages then say so. */
    public boolean isDemo() {
        return demo;
    }

    /** True when the API description and its UI are served ({@code onevisit.api-docs.enabled}): pages link to them. */
    public boolean isApiDocs() {
        return apiDocs;
    }
}
