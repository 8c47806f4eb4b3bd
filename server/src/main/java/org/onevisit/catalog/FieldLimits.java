package org.onevisit.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The limits of an answer to a form field, each optional: the most characters of a text, the least and the most of a
 * number.
 */
public record FieldLimits(@Nullable Integer maxLength, @Nullable Long min, @Nullable Long max) {

    public static final FieldLimits NONE = new FieldLimits(null, null, null);
}
