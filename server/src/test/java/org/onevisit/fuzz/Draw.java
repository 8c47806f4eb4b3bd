package org.onevisit.fuzz;

/**
 * The random choices behind one malformed request, drawn by Instancio from the fuzz test's seed: what to spoil, where
 * (an index into the request's values), how big, and a word and a number to build values from.
 */
record Draw(Malformation malformation, int where, int size, String word, int number, boolean flag) {

    /** The ways a request is spoiled. */
    enum Malformation {
        /** Nothing: a well-formed request, to reach the rules behind the checks. */
        NONE,
        NULL,
        NULL_IN_CONTAINER,
        WRONG_TYPE,
        HUGE_TEXT,
        JUST_OVER_A_LIMIT,
        DEEP_NESTING,
        EMPTY_OBJECT,
        ARRAY_FOR_OBJECT,
        INVALID_ENUM,
        CONTROL_CHARACTER,
        LONE_SURROGATE,
        NEGATIVE_NUMBER,
        HUGE_NUMBER,
        NOT_JSON,
        /** A path variable or query parameter spoiled: huge, a control character, negative, not a number, empty. */
        BAD_PARAMETER
    }
}
