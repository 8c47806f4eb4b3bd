package org.onevisit.certificates;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What an e-certificate (电子证照) says, and so what its verification code signs: every field, in a canonical
 * encoding that has exactly one reading. Each field is written as {@code name=length:value} on its own line,
 * the length counted in characters, so no value (whatever line feeds, equals signs or colons it holds) can pass
 * for another field or move text from one field into the next.
 *
 * @param type              the kind of certificate, the item's result name, e.g. 营业执照
 * @param holderIdentifier  the holder's resident ID number or unified social credit code
 * @param holderLegalPerson true for a company or organisation, false for a natural person
 * @param department        the code of the issuing department, e.g. SCJG
 * @param validUntil        the last day it is valid; {@code null} for long-term (长期有效)
 * @param conditions        the conditions attached to the approval, empty when none
 */
public record CertificateContent(String number, String type, String holderName, String holderIdentifier,
        boolean holderLegalPerson, String department, LocalDate issuedOn, @Nullable LocalDate validUntil,
        String conditions) {

    /** The first line of every encoding: a later layout gets a new version, and old codes keep verifying. */
    static final String FORMAT = "onevisit-certificate/1";

    private static final List<String> FIELDS = List.of("number", "type", "holderName", "holderIdentifier",
            "holderLegalPerson", "department", "issuedOn", "validUntil", "conditions");

    private static final List<String> BOOLEANS = List.of("true", "false");

    public CertificateContent {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(holderIdentifier, "holderIdentifier");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(conditions, "conditions");
    }

    /** Shows nothing personal, should the content be logged. */
    @Override
    public String toString() {
        return "CertificateContent[" + number + ", " + type + "]";
    }

    /** True when it is valid without an end date (长期有效). */
    public boolean longTerm() {
        return validUntil == null;
    }

    /** The text the verification code signs. */
    public String canonical() {
        List<String> values = values();
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        for (int i = 0; i < FIELDS.size(); i++) {
            String value = values.get(i);
            text.append(FIELDS.get(i)).append('=').append(value.length()).append(':').append(value).append('\n');
        }
        return text.toString();
    }

    byte[] signedBytes() {
        return canonical().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> values() {
        return List.of(number, type, holderName, holderIdentifier, Boolean.toString(holderLegalPerson), department,
                issuedOn.toString(), validUntil == null ? "" : validUntil.toString(), conditions);
    }

    /** Reads a {@link #canonical()} text back; empty when it is not one (a QR code of something else). */
    public static Optional<CertificateContent> parse(String text) {
        String head = FORMAT + "\n";
        if (!text.startsWith(head)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        int at = head.length();
        try {
            for (String field : FIELDS) {
                String prefix = field + "=";
                if (!text.startsWith(prefix, at)) {
                    return Optional.empty();
                }
                at += prefix.length();
                int colon = text.indexOf(':', at);
                if (colon < 0 || colon - at > 6) {
                    return Optional.empty();
                }
                int length = Integer.parseInt(text.substring(at, colon));
                int end = colon + 1 + length;
                if (length < 0 || end >= text.length() || text.charAt(end) != '\n') {
                    return Optional.empty();
                }
                values.add(text.substring(colon + 1, end));
                at = end + 1;
            }
            if (at != text.length() || !BOOLEANS.contains(values.get(4))) {
                return Optional.empty();
            }
            return Optional.of(new CertificateContent(values.get(0), values.get(1), values.get(2), values.get(3),
                    Boolean.parseBoolean(values.get(4)), values.get(5), LocalDate.parse(values.get(6)),
                    values.get(7).isEmpty() ? null : LocalDate.parse(values.get(7)), values.get(8)));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
