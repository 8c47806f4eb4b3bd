package org.onevisit.intake;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A case as handed in on any channel: the item or bundle, the applicant (and agent), the one form and what
 * is known of each material (by the keys {@link MaterialSets} gives). A retry with the same idempotency key
 * returns the case the first attempt made.
 *
 * @param preCheck true for an online pre-check (互联网预审) before coming, false to hand the case in
 * @param account the applicant's portal account, when they applied online themselves
 * @param applicantRole the role of {@code applicant} where the item or bundle names roles (e.g. buyer), else blank
 * @param coApplicants the other applicants, each in a role, where the item or bundle needs several
 */
public record Submission(String idempotencyKey, Channel channel, String subject, boolean bundle, Applicant applicant,
        @Nullable Agent agent, Map<String, String> form, Map<String, MaterialStatus> materials, boolean preCheck,
        @Nullable String account, String applicantRole, List<RoledApplicant> coApplicants) {

    public Submission {
        form = Map.copyOf(form);
        materials = Map.copyOf(materials);
        applicantRole = applicantRole == null ? "" : applicantRole;
        coApplicants = coApplicants == null ? List.of() : List.copyOf(coApplicants);
    }

    /** A submission with one applicant. */
    public Submission(String idempotencyKey, Channel channel, String subject, boolean bundle, Applicant applicant,
            @Nullable Agent agent, Map<String, String> form, Map<String, MaterialStatus> materials, boolean preCheck,
            @Nullable String account) {
        this(idempotencyKey, channel, subject, bundle, applicant, agent, form, materials, preCheck, account, "",
                List.of());
    }

    /** The parties the case will have. */
    Parties parties() {
        return new Parties(applicant, agent, form, applicantRole, coApplicants);
    }
}
