package org.onevisit.postal;

/**
 * Where a mail item (邮件) stands: registered on arrival, then either made into a case or returned to the sender as not
 * acceptable; a case's result going back by express closes it. Each state says which step may follow it.
 */
public enum MailItemState {
    /** 已登记: arrived and registered, its materials not yet scanned into a case. */
    REGISTERED,
    /** 已建件: the materials are scanned into a case. */
    CASE_CREATED,
    /** 结果已寄回: the case's result reached the sender by express. */
    RESULT_RETURNED,
    /** 已退件: not acceptable, sent back to the sender with the reason. */
    RETURNED_TO_SENDER;

    boolean allowsCase() {
        return this == REGISTERED;
    }

    boolean allowsReturn() {
        return this == REGISTERED;
    }
}
