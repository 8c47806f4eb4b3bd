package org.onevisit.catalog;

/** 网上办理深度: how far an item can be handled online. */
public enum OnlineDepth implements Labelled {

    CONSULT(new Names("互联网咨询", "Online consultation")),
    SUBMIT(new Names("互联网收件", "Online submission")),
    PRE_CHECK(new Names("互联网预审", "Online pre-check")),
    ACCEPT(new Names("互联网受理", "Online acceptance")),
    HANDLE(new Names("互联网办理", "Online handling")),
    RESULT_FEEDBACK(new Names("办理结果信息反馈", "Result feedback online")),
    E_CERTIFICATE(new Names("电子证照反馈", "E-certificate online"));

    private final Names names;

    OnlineDepth(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
