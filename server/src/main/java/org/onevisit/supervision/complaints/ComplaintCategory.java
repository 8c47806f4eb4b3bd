package org.onevisit.supervision.complaints;

/** What a complaint is about (REFERENCE §6: efficiency, attitude or violations; routed by type). */
public enum ComplaintCategory {
    /** 办事效率: slow handling, a deadline missed, sent back and forth. */
    SERVICE_EFFICIENCY,
    /** 服务态度. */
    SERVICE_ATTITUDE,
    /** 违规办理: refusing without reasons, fees without authority, materials not on the list. */
    RULE_VIOLATION,
    /** 营商环境. */
    BUSINESS_ENVIRONMENT,
    /** 廉政问题: asking for favours or gifts. */
    INTEGRITY,
    /** 其他. */
    OTHER
}
