package org.onevisit.certificates.web;

import java.util.List;

import org.onevisit.certificates.Certificate;
import org.onevisit.certificates.CertificateCard;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.stereotype.Component;

/**
 * The signed-in applicant's wallet (我的证照): the certificates issued to the ID number or credit code of their
 * account, once a counter has verified that the account's holder is that person (实名核验, ADR 0020) — registering
 * needs no proof, so an unverified account holds no certificate — and one of them for download. Another holder's
 * certificate is not found, exactly as one that does not exist.
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
        return verified(principal) ? register.ofHolder(identifier(principal)) : List.of();
    }

    /** Whether the account's identity is verified, so that its certificates can be shown. */
    boolean verified(String principal) {
        return accounts.verifiedIdentifier(principal).isPresent();
    }

    Certificate own(String principal, String number) {
        return register.heldBy(number, identifier(principal));
    }

    private String identifier(String principal) {
        return accounts.verifiedIdentifier(principal).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "certificate-holder-unknown", "No verified applicant account " + principal));
    }
}
