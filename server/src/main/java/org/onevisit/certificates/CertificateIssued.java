package org.onevisit.certificates;

/**
 * An e-certificate (电子证照) was issued for an approved item: delivery and notification may tell the holder.
 *
 * @param type e.g. 营业执照
 */
public record CertificateIssued(String number, String type, String caseNumber, String itemCode,
        String holderIdentifier) {

    /** Shows nothing personal, should the event be logged. */
    @Override
    public String toString() {
        return "CertificateIssued[" + number + ", " + caseNumber + "]";
    }
}
