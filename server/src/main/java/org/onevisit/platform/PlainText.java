package org.onevisit.platform;

/**
 * What text OneVisit takes from outside: any character but the control characters other than tab, line feed and
 * carriage return, and no half of a surrogate pair. A NUL cannot be stored in PostgreSQL text, and an unpaired
 * surrogate cannot be written as UTF-8, so either would fail only later, as a server error; refused where it comes
 * in, it is the sender's error.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether every character of {@code text} may be taken. */
    public static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
