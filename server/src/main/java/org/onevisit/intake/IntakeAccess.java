package org.onevisit.intake;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantIdentity;
import org.onevisit.people.StaffCounters;
import org.springframework.stereotype.Component;

/**
 * Who acts at intake: the person of record, whether they work at the counter ({@link CounterPolicy}, by the centre's
 * staffing), the counter they sit at, and an applicant's own ID number or credit code — what every intake policy is asked with.
 */
@Component
class IntakeAccess {

    private final Actors actors;
    private final ApplicantAccounts applicants;
    private final CounterPolicy counter;
    private final StaffCounters seats;

    IntakeAccess(Actors actors, ApplicantAccounts applicants, CounterStaffing staffing, StaffCounters seats) {
        this.actors = actors;
        this.applicants = applicants;
        this.seats = seats;
        this.counter = new CounterPolicy(staffing);
    }

    Actor of(String name) {
        return actors.of(name);
    }

    CounterPolicy counter() {
        return counter;
    }

    /**
     * The counter (窗口) the clerk sits at now, recorded on a visit made in person there; none on a remote channel, and
     * none when the clerk sits at no counter (ADR 0038).
     */
    @Nullable String counterOf(String clerk, Channel channel) {
        return channel.inPerson() ? seats.counterOf(clerk).orElse(null) : null;
    }

    /**
     * The ID number or credit code of an applicant's own account once the counter verified the holder's identity:
     * the cases filed at the counter under it are theirs too. Empty for an unverified account and for anyone else.
     */
    java.util.Optional<String> verifiedIdentifier(Actor who) {
        return who.isApplicant() ? applicants.verifiedIdentifier(who.name()) : java.util.Optional.empty();
    }

    /** The ID number or credit code of an applicant's own account; null for anyone else. */
    @Nullable String ownIdentifier(Actor who) {
        return who.isApplicant() ? applicants.identity(who.name()).map(ApplicantIdentity::identifier).orElse(null) : null;
    }
}
