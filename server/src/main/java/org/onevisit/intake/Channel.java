package org.onevisit.intake;

/**
 * Where a case was handed in: every visit at a counter counts as a visit (跑动), online steps and applications by post do
 * not.
 */
public enum Channel {
    /** 综合窗口. */
    COUNTER,
    /** 网上办事大厅. */
    WEB,
    /** 移动端. */
    MOBILE,
    /** 自助终端. */
    KIOSK,
    /** 邮政速递: the application came by post and the counter registered it; nobody came (ADR 0044). */
    POSTAL;

    public boolean inPerson() {
        return this == COUNTER;
    }
}
