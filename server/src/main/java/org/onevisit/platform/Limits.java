package org.onevisit.platform;

/**
 * The fixed lengths of what requests carry, one constant for each kind of value, so that every request record, form
 * and parameter bounds the same kind of value alike; each is at most what the column that keeps it holds. The limits
 * a centre may change are {@link InputLimits}.
 */
public final class Limits {

    /** A case number such as {@code 330999-20261019-00001}, or a certificate number. */
    public static final int NUMBER = 40;
    /** A code: an item or bundle code, a material key, a carrier, a document kind. */
    public static final int CODE = 50;
    /** A department's code. */
    public static final int DEPARTMENT = 16;
    /** A resident ID number, a credit code or a phone number as typed, spaces and all. */
    public static final int IDENTIFIER = 40;
    /** A login name. */
    public static final int USERNAME = 100;
    /** A person's or a company's name, a short label. */
    public static final int NAME = 200;
    /** A line of text: a place, a material's name, a title. */
    public static final int LINE = 300;
    /** A remark on one thing: a deficiency, a note, an absence. */
    public static final int REMARK = 1000;
    /** Reasons, opinions, notes, remarks and pledges: a few pages of text. */
    public static final int TEXT = 4000;
    /** Words searched for. */
    public static final int SEARCH = 100;
    /** Entries of a list in a request: departments, materials, remarks, fees. */
    public static final int ENTRIES = 100;
    /** The largest page of a list asked for. */
    public static final int PAGE_SIZE = 500;
    /** The highest page number asked for. */
    public static final int PAGE = 100_000;

    private Limits() {
    }

    /**
     * The text if it is at most {@code max} characters long; otherwise a refusal naming the field, for the rules of a
     * module to keep the same bound whichever page or request the text came from.
     */
    public static String bounded(String field, String text, int max) {
        if (text.length() > max) {
            throw new DomainException(DomainException.Kind.INVALID, "text-too-long",
                    "Field '" + field + "' takes at most " + max + " characters", java.util.Map.of("field", field),
                    field, max);
        }
        return text;
    }
}
