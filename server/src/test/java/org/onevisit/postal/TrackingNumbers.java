package org.onevisit.postal;

import java.util.concurrent.ThreadLocalRandom;

/** Tracking numbers for tests: China Post S10 numbers with a right check digit, a new one each call. */
public final class TrackingNumbers {

    private TrackingNumbers() {
    }

    public static String anEmsNumber() {
        String serial = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return "EA" + serial + TrackingNumberRule.checkDigit(serial) + "CN";
    }

    /** The same number with its check digit wrong. */
    public static String withWrongCheckDigit(String number) {
        int check = number.charAt(10) - '0';
        return number.substring(0, 10) + (check + 1) % 10 + number.substring(11);
    }
}
