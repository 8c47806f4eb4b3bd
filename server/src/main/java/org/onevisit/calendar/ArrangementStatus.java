package org.onevisit.calendar;

/** Whether the deadline arithmetic relies on a year's arrangement yet. */
public enum ArrangementStatus {

    /** Being entered: deadlines in the year are still counted on weekends only, and say so. */
    DRAFT,

    /** In effect: the year's holidays and make-up working days count. */
    PUBLISHED
}
