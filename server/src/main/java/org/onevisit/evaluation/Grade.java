package org.onevisit.evaluation;

/**
 * The five grades of a rating (评价等级), as the national template has them, with their stars. 不满意 and 非常不满意 are
 * a bad rating (差评); the other three count as good (好评).
 */
public enum Grade {
    /** 非常满意. */
    VERY_SATISFIED(5),
    /** 满意. */
    SATISFIED(4),
    /** 基本满意. */
    BASICALLY_SATISFIED(3),
    /** 不满意. */
    DISSATISFIED(2),
    /** 非常不满意. */
    VERY_DISSATISFIED(1);

    private final int stars;

    Grade(int stars) {
        this.stars = stars;
    }

    public int stars() {
        return stars;
    }

    /** Whether it is a bad rating (差评): 不满意 or 非常不满意. */
    public boolean bad() {
        return stars <= 2;
    }
}
