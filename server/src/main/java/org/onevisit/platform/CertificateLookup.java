package org.onevisit.platform;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 数据跑路: the e-certificates the government already issued to an applicant, for intake to satisfy a material
 * without asking for it again (免提交). Intake asks through this interface and the certificates module answers,
 * so that neither module depends on the other's internals and the modules stay free of cycles.
 */
public interface CertificateLookup {

    /** The number of a valid, unrevoked certificate of {@code type} held by {@code holderIdentifier} on {@code on}. */
    Optional<String> validOfType(String holderIdentifier, String type, LocalDate on);

    /** Counts that a certificate served a case instead of a paper material. */
    void recordReuse(String certificateNumber, String caseNumber);
}
