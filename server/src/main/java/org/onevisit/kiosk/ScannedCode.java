package org.onevisit.kiosk;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a handheld 2D scanner typed at the kiosk: the QR code of a receipt holds the status page's address with the
 * case number ({@code https://…/status?case=330999-20261207-00001}); the number alone, typed on the number pad, is
 * taken too. A scanner may add spaces, a line break or a wrong keyboard layout's case: the number is found in the text.
 */
final class ScannedCode {

    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])(\\d{6}-\\d{8}-\\d{5,})(?![0-9])");

    private ScannedCode() {
    }

    static Optional<String> caseNumber(String scanned) {
        if (scanned == null || scanned.length() > 300) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(scanned.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
