package org.onevisit.postal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a tracking number (邮件号/运单号) looks like, as the centre's carriers write them. By default: China Post's
 * international and EMS numbers in the UPU S10 form — two letters, eight digits, a check digit, two letters for the
 * country ({@code EA123456785CN}) — or a domestic carrier's 10 to 20 digits. An S10 number's check digit is verified
 * (UPU S10: weights 8 6 4 2 3 5 9 7, 11 minus the sum modulo 11, 10 written 0 and 11 written 5), so a mistyped digit is
 * caught at the counter rather than by the carrier. Spaces and hyphens the clerk types are dropped, letters upper-cased.
 *
 * @param pattern the numbers accepted ({@code onevisit.postal.tracking-number-pattern}), a regular expression matched
 *     against the whole number
 * @param checkS10Digit whether an S10 number's check digit must be right ({@code onevisit.postal.check-s10-digit})
 */
@ConfigurationProperties("onevisit.postal")
public record TrackingNumberRule(
        @DefaultValue("[A-Z]{2}\\d{9}[A-Z]{2}|\\d{10,20}") String trackingNumberPattern,
        @DefaultValue("true") boolean checkS10Digit) {

    private static final Pattern S10 = Pattern.compile("[A-Z]{2}(\\d{8})(\\d)[A-Z]{2}");
    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};
    static final int MAX = 30;

    public TrackingNumberRule {
        Pattern.compile(trackingNumberPattern);
    }

    /**
     * The number as kept: stripped of spaces and hyphens, upper case.
     *
     * @throws DomainException (invalid, field {@code trackingNumber}) when it is not a number of the rule
     */
    public String parse(String typed) {
        String number = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (number.isEmpty() || number.length() > MAX || !number.matches(trackingNumberPattern)) {
            throw invalid("postal-tracking-number-invalid", "Not a tracking number: " + number, number);
        }
        var s10 = S10.matcher(number);
        if (checkS10Digit && s10.matches() && checkDigit(s10.group(1)) != s10.group(2).charAt(0) - '0') {
            throw invalid("postal-tracking-number-check-digit", "The check digit of " + number + " is wrong", number);
        }
        return number;
    }

    /** UPU S10's check digit of the eight serial digits. */
    public static int checkDigit(String serial) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (serial.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    private static DomainException invalid(String code, String message, String number) {
        return new DomainException(Kind.INVALID, code, message, Map.of("field", "trackingNumber"), number);
    }
}
