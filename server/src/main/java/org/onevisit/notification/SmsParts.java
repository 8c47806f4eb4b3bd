package org.onevisit.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text message in UCS-2 (data_coding 0x08), the way Chinese text travels over SMPP: one short message of up to 70
 * characters, or a concatenated one (3GPP TS 23.040's user data header, 8-bit reference) of up to 255 parts of 67
 * characters each, never cutting a character in two.
 */
final class SmsParts {

    static final int SINGLE = 70;
    static final int PART = 67;

    private SmsParts() {
    }

    /** The short messages (user data) to send the text in: with their 6-byte header when there are several. */
    static List<byte[]> ucs2(String text, int reference) {
        if (text.length() <= SINGLE) {
            return List.of(text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < text.length();) {
            int to = Math.min(from + PART, text.length());
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            chunks.add(text.substring(from, to));
            from = to;
        }
        if (chunks.size() > 255) {
            throw new IllegalArgumentException("A text message has at most 255 parts, not " + chunks.size());
        }
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            byte[] body = chunks.get(i).getBytes(StandardCharsets.UTF_16BE);
            byte[] part = new byte[6 + body.length];
            part[0] = 0x05; // user data header length
            part[1] = 0x00; // information element: concatenated short message, 8-bit reference
            part[2] = 0x03; // its length
            part[3] = (byte) reference;
            part[4] = (byte) chunks.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(body, 0, part, 6, body.length);
            parts.add(part);
        }
        return parts;
    }
}
