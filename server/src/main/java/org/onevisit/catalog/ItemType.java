package org.onevisit.catalog;

/** 事项类型: the legal nature of a service item (GB/T 39554 and the national implementation-list schema). */
public enum ItemType implements Labelled {

    ADMINISTRATIVE_LICENCE(new Names("行政许可", "Administrative licence")),
    ADMINISTRATIVE_CONFIRMATION(new Names("行政确认", "Administrative confirmation")),
    ADMINISTRATIVE_PAYMENT(new Names("行政给付", "Administrative payment")),
    ADMINISTRATIVE_RULING(new Names("行政裁决", "Administrative ruling")),
    ADMINISTRATIVE_REWARD(new Names("行政奖励", "Administrative reward")),
    ADMINISTRATIVE_FILING(new Names("行政备案", "Administrative filing")),
    OTHER_POWER(new Names("其他行政权力", "Other administrative power")),
    PUBLIC_SERVICE(new Names("公共服务", "Public service")),
    SOCIAL_SERVICE(new Names("社会服务", "Social service"));

    private final Names names;

    ItemType(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
