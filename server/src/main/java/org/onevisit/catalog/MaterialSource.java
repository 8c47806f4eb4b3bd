package org.onevisit.catalog;

/** 来源渠道: who produces a material. */
public enum MaterialSource implements Labelled {

    APPLICANT(new Names("申请人自备", "Prepared by the applicant")),
    GOVERNMENT_ISSUED(new Names("政府部门核发", "Issued by a government department")),
    OTHER(new Names("其他", "Other"));

    private final Names names;

    MaterialSource(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
