package org.onevisit.catalog;

/** 特别程序: steps whose time is not counted in the time limit (《行政许可法》第四十五条). */
public enum SpecialProcedureKind implements Labelled {

    HEARING(new Names("听证", "Hearing")),
    EXPERT_REVIEW(new Names("专家评审", "Expert review")),
    SITE_INSPECTION(new Names("现场勘查", "Site inspection")),
    TESTING(new Names("检验检测", "Testing")),
    PUBLIC_NOTICE(new Names("公示", "Public notice"));

    private final Names names;

    SpecialProcedureKind(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
