package org.onevisit.casework.web;

import org.jspecify.annotations.Nullable;

/**
 * The lead department's decision on an item, as the page shows it: by the official's name, with the links to the
 * decision document and, for an approval that issued one, to the e-certificate.
 *
 * @param certificate the e-certificate's number; null when none was issued
 */
record ReviewItemDecision(boolean approved, String by, String at, boolean delegated, String reasons, String document,
        @Nullable String certificate, String certificatePdf, String certificateCheck) {
}
