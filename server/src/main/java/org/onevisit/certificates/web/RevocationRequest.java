package org.onevisit.certificates.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a certificate is revoked, e.g. 许可决定被依法撤销. */
record RevocationRequest(@NotBlank @Size(max = 500) String reason) {
}
