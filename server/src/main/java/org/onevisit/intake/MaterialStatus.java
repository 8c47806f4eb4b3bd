package org.onevisit.intake;

/** Where one material of a case stands. */
public enum MaterialStatus {
    /** 已提交. */
    PROVIDED,
    /** 缺少 (or handed in but faulty: the deficiency notice says what is wrong). */
    MISSING,
    /** 容缺: to be supplied after acceptance under the applicant's pledge. */
    PLEDGED,
    /** 免提交: satisfied by a certificate the government already holds. */
    BY_CERTIFICATE,
    /** 不适用 to this applicant's situation. */
    NOT_APPLICABLE;

    /** Whether the material counts as in hand for acceptance. */
    public boolean inHand() {
        return this == PROVIDED || this == BY_CERTIFICATE || this == NOT_APPLICABLE;
    }
}
