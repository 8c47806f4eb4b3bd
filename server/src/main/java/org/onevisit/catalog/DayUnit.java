package org.onevisit.catalog;

/** The unit of a time limit: working days (工作日, 《行政许可法》第八十二条) or calendar days (自然日). */
public enum DayUnit implements Labelled {

    WORKING(new Names("工作日", "working days")),
    CALENDAR(new Names("自然日", "calendar days"));

    private final Names names;

    DayUnit(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
