package org.onevisit.catalog;

/** 材料形式. */
public enum MaterialForm implements Labelled {

    PAPER(new Names("纸质", "Paper")),
    ELECTRONIC(new Names("电子", "Electronic")),
    PAPER_AND_ELECTRONIC(new Names("纸质和电子", "Paper and electronic"));

    private final Names names;

    MaterialForm(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
