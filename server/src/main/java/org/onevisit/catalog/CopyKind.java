package org.onevisit.catalog;

/** Whether an original, a copy or both are handed in. */
public enum CopyKind implements Labelled {

    ORIGINAL(new Names("原件", "Original")),
    COPY(new Names("复印件", "Copy")),
    ORIGINAL_AND_COPY(new Names("原件和复印件", "Original and copy"));

    private final Names names;

    CopyKind(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
