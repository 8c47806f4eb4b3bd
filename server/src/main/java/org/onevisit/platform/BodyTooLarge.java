package org.onevisit.platform;

import java.io.IOException;

/** Thrown by a request body's stream once more than the limit has been read from it. */
final class BodyTooLarge extends IOException {

    BodyTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }

    /** Whether {@code e} or one of its causes is a body refused for its size. */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
