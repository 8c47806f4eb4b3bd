package org.onevisit.catalog;

/** Whether a body is a government department (政府部门) or a partner organisation (合作单位) taking part in cases. */
public enum DepartmentKind implements Labelled {

    DEPARTMENT(new Names("政府部门", "Government department")),
    PARTNER(new Names("合作单位", "Partner organisation"));

    private final Names names;

    DepartmentKind(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
