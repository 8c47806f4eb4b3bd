package org.onevisit.certificates;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An e-certificate (电子证照) was issued for an approved item — or issued again, as the item's next edition, by a
 * corrective decision (纠错). Published in the issuing transaction for other government systems (docs/events.md); it
 * names no holder, so it may be kept in the event publication registry as it is: whoever needs the holder reads the
 * certificate through the register.
 *
 * @param type e.g. 营业执照
 * @param department the code of the issuing department
 * @param validUntil the last day it is valid; null for long-term (长期有效)
 * @param edition 1, then one more for each certificate issued again for the item
 */
public record CertificateIssued(String number, String type, String caseNumber, String itemCode, String department,
        LocalDate issuedOn, @Nullable LocalDate validUntil, int edition, Instant issuedAt) {
}
