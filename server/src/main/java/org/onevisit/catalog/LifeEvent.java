package org.onevisit.catalog;

/** 主题分类: the life event of a person or an enterprise an item or bundle belongs to (国办发〔2025〕24号 lifecycle lists). */
public enum LifeEvent implements Labelled {

    BIRTH(new Names("出生", "Birth")),
    EDUCATION(new Names("教育", "Education")),
    EMPLOYMENT(new Names("就业", "Employment")),
    MARRIAGE(new Names("婚育", "Marriage and family")),
    HOUSING(new Names("置业", "Housing")),
    TRAVEL(new Names("出行", "Travel")),
    MEDICAL(new Names("就医", "Medical care")),
    SOCIAL_ASSISTANCE(new Names("救助", "Social assistance")),
    RETIREMENT(new Names("养老", "Retirement")),
    DEATH(new Names("身后", "After death")),
    BUSINESS_START(new Names("准入准营", "Starting a business")),
    HIRING(new Names("招聘用工", "Hiring")),
    TAX(new Names("纳税缴费", "Taxes and fees")),
    BUSINESS_OPERATION(new Names("经营发展", "Running a business")),
    CONSTRUCTION(new Names("工程建设", "Construction projects")),
    BUSINESS_EXIT(new Names("注销退出", "Closing a business"));

    private final Names names;

    LifeEvent(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
