package org.onevisit.evaluation;

/** The grade of an assessment (考核等次), as electronic supervision publishes it (REFERENCE §6). */
public enum AssessmentGrade {
    /** 优秀. */
    EXCELLENT,
    /** 良好. */
    GOOD,
    /** 合格. */
    PASS,
    /** 不合格: the unit receives a 监察建议书 and must rectify within a deadline. */
    FAIL
}
