package org.onevisit.catalog;

/**
 * 超时默认 for an item: whether a department that lets its review deadline pass is deemed to consent. No national
 * statute sets it; it is a local rule (e.g. 宜春 超时默许, 泰州 超时默认制 for large industrial projects), so an
 * item either says so itself or follows the region's default ({@code onevisit.casework.deemed-consent-by-default}).
 */
public enum DeemedConsent implements Labelled {

    ALLOWED(new Names("适用超时默认", "Deemed consent after a missed deadline")),
    NOT_ALLOWED(new Names("不适用超时默认", "No deemed consent")),
    REGIONAL_DEFAULT(new Names("按本地区规定", "As the region's rule"));

    private final Names names;

    DeemedConsent(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }

    public static DeemedConsent of(boolean allowed) {
        return allowed ? ALLOWED : NOT_ALLOWED;
    }

    /** Whether a late department is deemed to consent, {@code regionalDefault} standing in where the item is silent. */
    public boolean allowed(boolean regionalDefault) {
        return this == ALLOWED || this == REGIONAL_DEFAULT && regionalDefault;
    }
}
