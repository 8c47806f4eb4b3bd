package org.onevisit.intake;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads a case, applies one transition, saves it against the version read and appends the change to the
 * audit trail, in the caller's transaction: the one way every use case changes a case.
 */
@Component
class CaseChanges {

    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final IntakeAccess access;

    CaseChanges(Cases cases, ApplicationEventPublisher events, Clock clock, IntakeAccess access) {
        this.access = access;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    IntakeCase load(String number) {
        return cases.find(number).orElseThrow(() -> notFound(number));
    }

    /**
     * The portal account the case counts as applied for on, when the person acting is an applicant (their cases are
     * theirs by it): the account it was applied for on; for a case handed in at the counter, the applicant's own
     * account when its identity is verified and the case was filed under its ID number or credit code
     * ({@link CaseOwnership}); null otherwise, and for staff.
     */
    @Nullable String accountFor(Actor who, String number) {
        if (!who.isApplicant()) {
            return null;
        }
        return cases.accountOf(number).orElseGet(() -> access.verifiedIdentifier(who)
                .filter(identifier -> cases.filedAtCounterFor(number, identifier)).map(identifier -> who.name())
                .orElse(null));
    }

    /**
     * Applies {@code transition} to the case; {@code expectedVersion}, when the caller read the case earlier
     * (a page, an API client), must still be current.
     */
    IntakeCase change(String number, @Nullable Long expectedVersion, String actor, String channel, String action,
            UnaryOperator<IntakeCase> transition) {
        return change(number, expectedVersion, actor, channel, action, c -> { }, transition);
    }

    /**
     * Applies {@code transition} to the case once {@code allowed} accepted the person's taking the action on it:
     * a refusal comes before anything else is said of the case, even that someone changed it meanwhile.
     */
    IntakeCase change(String number, @Nullable Long expectedVersion, String actor, String channel, String action,
            Consumer<IntakeCase> allowed, UnaryOperator<IntakeCase> transition) {
        IntakeCase before = load(number);
        allowed.accept(before);
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw changedMeanwhile(before);
        }
        IntakeCase after = transition.apply(before);
        if (!cases.update(after)) {
            throw changedMeanwhile(before);
        }
        audit(before, after, actor, channel, action);
        return after.withVersion(after.version() + 1);
    }

    void audit(@Nullable IntakeCase before, IntakeCase after, String actor, String channel, String action) {
        events.publishEvent(new AuditedChange("case", after.number().value(), action, actor, channel,
                before == null ? Map.of() : summary(before), summary(after), clock.instant()));
    }

    /** What the trail records of a case: its state, never the applicant's personal data in full. */
    static Map<String, String> summary(IntakeCase c) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("status", c.status().name());
        s.put("subject", c.application().subject());
        s.put("applicant", c.parties().applicant().maskedIdentifier());
        s.put("materials", String.join(",", c.materials().stream().map(m -> m.key() + "=" + m.status()).toList()));
        s.put("visits", String.valueOf(c.visitCount()));
        CounterDates dates = c.dates();
        if (dates.acceptedOn() != null) {
            s.put("acceptedOn", dates.acceptedOn().toString());
        }
        if (dates.deemedAccepted()) {
            s.put("deemedAccepted", "true");
        }
        CounterAnswer answer = c.answer();
        if (answer.deadlines() != null && answer.deadlines().extended()) {
            s.put("legalBy", answer.deadlines().legal().toString());
        }
        if (answer.pledge() != null) {
            s.put("pledgeDue", answer.pledge().supplementBy().toString());
        }
        if (!answer.closingNote().isEmpty()) {
            s.put("note", answer.closingNote());
        }
        return s;
    }

    static DomainException notFound(String number) {
        return new DomainException(Kind.NOT_FOUND, "intake-case-not-found", "No case " + number, number);
    }

    private static DomainException changedMeanwhile(IntakeCase c) {
        return new DomainException(Kind.CONFLICT, "intake-case-changed",
                "Case " + c.number() + " was changed by someone else meanwhile", c.number().value());
    }
}
