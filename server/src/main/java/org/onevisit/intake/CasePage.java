package org.onevisit.intake;

import java.util.List;

/**
 * A page of an applicant's cases, the newest first.
 *
 * @param page the page, from 0
 * @param total how many cases the applicant has in all
 * @param identityVerified whether the account's identity is verified, so that the cases filed at the counter under its
 *     number are among them
 */
public record CasePage(List<IntakeCase> cases, long total, int page, int size, boolean identityVerified) {

    public CasePage {
        cases = List.copyOf(cases);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
