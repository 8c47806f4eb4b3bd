package org.onevisit.delivery;

/** How a result reaches the applicant. */
public enum DeliveryMethod {
    /** 窗口领取: one visit to the counter. */
    PICKUP,
    /** 快递送达: no visit. */
    EXPRESS
}
