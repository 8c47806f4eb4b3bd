package org.onevisit.catalog;

/** 材料必要性: whether a material must be handed in, may be left out, or may be supplied after acceptance (容缺后补). */
public enum Necessity implements Labelled {

    REQUIRED(new Names("必要", "Required")),
    OPTIONAL(new Names("非必要", "Optional")),
    DEFERRABLE(new Names("容缺后补", "May be supplied later"));

    private final Names names;

    Necessity(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
