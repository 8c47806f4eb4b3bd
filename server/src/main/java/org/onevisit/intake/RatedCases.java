package org.onevisit.intake;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.CaseHandling;

import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;

/**
 * What the service rating (好差评) reads of a case: what it applied for, where it stands, its applicant as far as a
 * rating needs them, and whether a signed-in applicant is the one who owns it — by the same rules as every other
 * reading of a case ({@link CaseOwnership}: the account it was applied for on, or the account whose verified ID
 * number it was filed under at the counter; ADR 0020).
 */
@Service
@ReadOnly
public class RatedCases {

    private final Intake intake;
    private final CaseChanges changes;
    private final IntakeAccess access;
    private final Cases cases;
    private final CaseHandling handling;

    RatedCases(Intake intake, CaseChanges changes, IntakeAccess access, Cases cases, CaseHandling handling) {
        this.cases = cases;
        this.handling = handling;
        this.intake = intake;
        this.changes = changes;
        this.access = access;
    }

    /**
     * A case as a rating sees it, with the moment it ended: casework's for an accepted case (办结, 终止, 撤回), intake's
     * for one that ended at the counter (不予受理); unknown numbers are not found.
     */
    public RatedCase find(String number) {
        IntakeCase c = intake.find(number);
        Applicant applicant = c.parties().applicant();
        Instant endedAt = !c.status().closed() ? null
                : cases.endedAt(number).or(() -> handling.endedAt(number)).orElse(null);
        return new RatedCase(c.number().value(), c.application().subject(), c.application().subjectName(),
                c.application().bundle(), c.application().departments(), c.status(), applicant.phone(),
                applicant.maskedName(), endedAt);
    }

    /** Whether {@code account} is an applicant who owns the case: staff and other applicants never do. */
    public boolean ownedBy(String number, String account) {
        org.onevisit.people.Actor who = access.of(account);
        return CaseOwnership.owns(who, changes.accountFor(who, number));
    }

    /**
     * A case as the rating reads it.
     *
     * @param subject the item's or bundle's code
     * @param departments the departments whose items the case applies for
     * @param phone the applicant's phone, to send them a message; never shown
     * @param maskedName the applicant's name, masked
     * @param endedAt when the case ended (办结, 终止, 不予受理), from which its rating window runs; null while it has not,
     *     or when it ended before the moment was kept
     */
    public record RatedCase(String number, String subject, String subjectName, boolean bundle, List<String> departments,
            CaseStatus status, String phone, String maskedName, @Nullable Instant endedAt) {

        public RatedCase {
            departments = List.copyOf(departments);
        }

        /** A case whose end is not known. */
        public RatedCase(String number, String subject, String subjectName, boolean bundle, List<String> departments,
                CaseStatus status, String phone, String maskedName) {
            this(number, subject, subjectName, bundle, departments, status, phone, maskedName, null);
        }

        @Override
        public String toString() {
            return "RatedCase[" + number + ", " + status + "]";
        }
    }
}
