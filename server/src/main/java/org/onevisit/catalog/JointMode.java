package org.onevisit.catalog;

/** How the departments of a bundle stage work together: separately, in a joint material review (联合会审), a joint site inspection (联合勘查), or both. */
public enum JointMode implements Labelled {

    NONE(new Names("各自审查", "Separate reviews")),
    JOINT_REVIEW(new Names("联合会审", "Joint material review")),
    JOINT_INSPECTION(new Names("联合勘查", "Joint site inspection")),
    BOTH(new Names("联合会审和联合勘查", "Joint review and joint inspection"));

    private final Names names;

    JointMode(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
