package org.onevisit.kiosk;

import java.util.Optional;

/** The reader where none is configured: a kiosk then identifies nobody, and says so. */
final class NoIdCardReader implements IdCardReader {

    @Override
    public Optional<IdCard> read() {
        throw new ReaderUnavailable("No ID card reader is configured (onevisit.kiosk.reader)");
    }
}
