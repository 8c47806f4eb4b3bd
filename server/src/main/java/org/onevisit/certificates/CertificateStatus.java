package org.onevisit.certificates;

/** What a verification finds (核验结果). */
public enum CertificateStatus {
    /** Issued here, signed, not revoked, within its validity. 有效 */
    VALID,
    /** Revoked by an official, with a reason. 已撤销 */
    REVOKED,
    /** Past its last valid day. 已过期 */
    EXPIRED,
    /** No certificate has this number. 不存在 */
    UNKNOWN,
    /** The code does not sign the content shown: altered or made up. 伪造或被篡改 */
    FORGED
}
