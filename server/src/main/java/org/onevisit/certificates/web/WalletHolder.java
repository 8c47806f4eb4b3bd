package org.onevisit.certificates.web;

import java.util.List;

import org.onevisit.certificates.Certificate;
import org.onevisit.certificates.CertificateCard;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantIdentity;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.stereotype.Component;

/**
 * The signed-in applicant's wallet (我的证照): the certificates issued to the ID number or credit code of their
 * account's identity, and one of them for download — another holder's certificate is not found, exactly as one that
 * does not exist.
 */
@Component
class WalletHolder {

    private final ApplicantAccounts accounts;
    private final CertificateRegister register;

    WalletHolder(ApplicantAccounts accounts, CertificateRegister register) {
        this.accounts = accounts;
        this.register = register;
    }

    List<CertificateCard> cards(String principal) {
        return register.ofHolder(identity(principal).identifier());
    }

    Certificate own(String principal, String number) {
        return register.heldBy(number, identity(principal).identifier());
    }

    private ApplicantIdentity identity(String principal) {
        return accounts.identity(principal).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "certificate-holder-unknown", "No applicant account " + principal));
    }
}
