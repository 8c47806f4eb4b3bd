package org.onevisit.catalog;

/** 服务对象: who applies for an item. */
public enum ServedParty implements Labelled {

    NATURAL_PERSON(new Names("自然人", "Natural persons")),
    LEGAL_PERSON(new Names("法人", "Legal persons")),
    BOTH(new Names("自然人和法人", "Persons and organisations"));

    private final Names names;

    ServedParty(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
