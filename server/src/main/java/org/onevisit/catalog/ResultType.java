package org.onevisit.catalog;

/** 审批结果类型: what the applicant receives. */
public enum ResultType implements Labelled {

    LICENCE(new Names("证照", "Licence or certificate")),
    APPROVAL_DOCUMENT(new Names("批文", "Approval document")),
    FILING_RECEIPT(new Names("备案回执", "Filing receipt")),
    OTHER(new Names("其他", "Other"));

    private final Names names;

    ResultType(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
