package org.onevisit.certificates;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A valid certificate an applicant holds, as a later case sees it when it reuses the certificate instead of
 * asking for the material again (免提交).
 *
 * @param type       e.g. 营业执照
 * @param validUntil the last valid day; {@code null} for long-term (长期有效)
 */
public record HeldCertificate(String number, String type, LocalDate issuedOn, @Nullable LocalDate validUntil) {
}
