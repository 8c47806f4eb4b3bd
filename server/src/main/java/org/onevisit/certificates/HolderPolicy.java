package org.onevisit.certificates;

/**
 * Who fetches a certificate from the wallet (我的证照): its holder, the applicant whose ID number or credit code it was
 * issued to. Another holder's certificate is answered as one that does not exist, so that numbers cannot be probed;
 * staff fetch certificates through the register's own PDF, and a case's readers through the case.
 */
final class HolderPolicy {

    private HolderPolicy() {
    }

    /** @param holderIdentifier the ID number or credit code of the signed-in applicant's account */
    static void check(Certificate certificate, String holderIdentifier) {
        if (!certificate.content().holderIdentifier().equals(holderIdentifier)) {
            throw CertificateRegister.notFound(certificate.number());
        }
    }
}
