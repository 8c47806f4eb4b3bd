package org.onevisit.casework;

/** A department's answer to its review task. */
public enum Opinion {
    /** 同意. */
    CONSENT,
    /** 同意（附条件）. */
    CONSENT_WITH_CONDITIONS,
    /** 不同意, with reasons. */
    OBJECTION,
    /** 补正: every point at once; the clock stops until the applicant answers. */
    CORRECTION;

    /** Anything but a plain consent states its points: the conditions, the reasons, what to correct. */
    void requirePoints(String text) {
        if (this != CONSENT && text.isBlank()) {
            throw CaseworkRefused.rule("casework-opinion-reasons-missing", "An objection, conditions or a correction request states its points");
        }
    }

    TaskStatus result() {
        return switch (this) {
            case CONSENT -> TaskStatus.CONSENTED;
            case CONSENT_WITH_CONDITIONS -> TaskStatus.CONSENTED_WITH_CONDITIONS;
            case OBJECTION -> TaskStatus.OBJECTED;
            case CORRECTION -> TaskStatus.AWAITING_CORRECTION;
        };
    }
}
