package org.onevisit.intake.files;

import org.jspecify.annotations.Nullable;

/**
 * The name the file of an applicant had, made safe to show and to keep: no folders, no control or bidirectional
 * formatting characters, at most 255 characters. It is only ever displayed, never used as a path.
 */
final class OriginalName {

    static final int MAX_LENGTH = 255;
    static final String NAMELESS = "unnamed";

    private OriginalName() {
    }

    static String clean(@Nullable String name) {
        if (name == null) {
            return NAMELESS;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        base.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return NAMELESS;
        }
        if (cleaned.length() > MAX_LENGTH) {
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
                end--;
            }
            cleaned = cleaned.substring(0, end);
        }
        return cleaned;
    }
}
