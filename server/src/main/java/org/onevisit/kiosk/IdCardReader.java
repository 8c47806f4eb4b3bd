package org.onevisit.kiosk;

import java.util.Optional;

/**
 * The kiosk's ID card reader (身份证阅读器), behind an adapter.
 *
 * <p>Vendors' readers (公安部认证的二代证阅读器: 华视 CVR-100, 神思 SS628, 新中新 DKQ …) come with a native SDK (a
 * Windows DLL or a Linux .so: open the port, authenticate the card, read the base information and the photo, close),
 * which needs the secure access module in the reader and cannot be called from a browser. The usual way, and the one
 * this interface is for, is a small local agent on the kiosk that wraps the SDK and answers the kiosk's server or its
 * page over the loopback interface; an adapter implementing this interface calls that agent (or the SDK through JNA
 * where the server runs on the kiosk itself) and maps its fields:
 * <ul>
 * <li>name, sex (男/女), ethnicity (民族, as text), birth date, address, ID number (18 characters, X upper case);</li>
 * <li>issuing authority (签发机关) and validity (有效期限: from, until, or 长期 as {@code null});</li>
 * <li>the photo, decoded by the SDK from its WLT form to JPEG or BMP, optional.</li>
 * </ul>
 * An adapter never logs the fields. Only an enrolled kiosk may read ({@link KioskEnrolment}), and the card read lives
 * in the kiosk's session only.
 */
public interface IdCardReader {

    /**
     * The card lying on the reader now.
     *
     * @return empty when no card is on the reader
     * @throws ReaderUnavailable when there is no reader, or it does not answer
     */
    Optional<IdCard> read();

    /** The reader is missing or did not answer. */
    final class ReaderUnavailable extends RuntimeException {

        public ReaderUnavailable(String message) {
            super(message);
        }
    }
}
