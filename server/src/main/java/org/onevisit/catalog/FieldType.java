package org.onevisit.catalog;

/** The kind of answer a field of an application form takes (申请表字段类型), and so the input a page shows for it. */
public enum FieldType implements Labelled {

    TEXT(new Names("单行文本", "Text")),
    LONG_TEXT(new Names("多行文本", "Long text")),
    NUMBER(new Names("数字", "Number")),
    DATE(new Names("日期", "Date")),
    CHOICE(new Names("单选列表", "One of a list")),
    YES_NO(new Names("是/否", "Yes or no"));

    private final Names names;

    FieldType(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
