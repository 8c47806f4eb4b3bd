/**
 * E-certificates (电子证照): an approved licence item issues a certificate signed with the centre's Ed25519 key;
 * anyone verifies it by its number, its verification code or the QR code printed on it; officials revoke it with
 * a reason; and later cases reuse a valid certificate instead of asking the applicant for the paper again
 * (免提交: the data runs, not the people).
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.certificates;
