package org.onevisit.catalog;

/** What a counter (窗口) of the hall serves. */
public enum CounterKind implements Labelled {
    /** 综合受理窗口: receives any item ("前台综合受理、后台分类审批、综合窗口出件"). */
    COMPREHENSIVE(new Names("综合受理窗口", "Comprehensive counter")),
    /** 部门专窗: a department's own counter. */
    DEPARTMENT(new Names("部门窗口", "Department counter")),
    /** 出件窗口: results handed out. */
    PICKUP(new Names("出件窗口", "Pickup counter")),
    /** 咨询导办: enquiries and guidance. */
    ENQUIRY(new Names("咨询导办", "Enquiries")),
    /** 帮办代办: help for the elderly and others who need it. */
    ASSISTANCE(new Names("帮办代办", "Assisted service"));

    private final Names names;

    CounterKind(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
