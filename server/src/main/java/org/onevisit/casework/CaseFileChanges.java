package org.onevisit.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.RoundTrips;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads a case file, applies one step, saves it against the version read and appends the change to the audit trail,
 * in the caller's transaction: the one way every use case changes an accepted case. The acceptance and the completion
 * are also announced to other government systems ({@link CaseAccepted}, {@link CaseCompleted}).
 */
@Component
class CaseFileChanges {

    private final CaseFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseworkMeters meters;

    CaseFileChanges(CaseFiles files, ApplicationEventPublisher events, Clock clock, CaseworkMeters meters) {
        this.meters = meters;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    CaseFile load(String number) {
        return files.find(number).orElseThrow(() -> notFound(number));
    }

    java.util.Optional<CaseFile> find(String number) {
        return files.find(number);
    }

    /** {@link #load} as a statement to send with others; {@link #loaded} reads its rows. */
    RoundTrips.Statement<CaseFile> loadStatement(String number) {
        return files.findStatement(number);
    }

    /** The file among the rows {@link #loadStatement} gave, as {@link #load} returns it or refuses. */
    CaseFile loaded(java.util.List<CaseFile> rows, String number) {
        return rows.stream().findFirst().orElseThrow(() -> notFound(number));
    }

    java.util.Optional<java.time.Instant> endedAt(String number) {
        return files.endedAt(number);
    }

    java.util.List<CaseFile> findAll(java.util.Collection<String> numbers) {
        return files.findAll(numbers);
    }

    /**
     * The statement that stores the file of a case just accepted; it changes no row when the case has one already (the
     * same acceptance again). Sent with the plan's inserts in one round trip by {@link CaseHandling#open}, which then
     * announces the acceptance through {@link #announceAccepted} when the file was stored.
     */
    RoundTrips.Statement<Void> open(CaseFile file) {
        return files.insertIfAbsent(file);
    }

    /** Announces the acceptance of a file just stored ({@link CaseAccepted}), in the transaction that stored it. */
    void announceAccepted(CaseFile file) {
        events.publishEvent(CaseAccepted.of(file, clock.instant()));
    }

    /**
     * Applies {@code step} to the file as read; {@code expectedVersion}, when the caller read the file earlier, must
     * still be current. A step that changes nothing is not saved.
     */
    CaseFile change(CaseFile before, @Nullable Long expectedVersion, String actor, String channel, CaseStep step,
            UnaryOperator<CaseFile> transition) {
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw changedMeanwhile(before.number());
        }
        CaseFile after = transition.apply(before);
        if (after == before) {
            return before;
        }
        if (!files.update(after)) {
            throw changedMeanwhile(before.number());
        }
        Instant now = clock.instant();
        events.publishEvent(new AuditedChange("case", after.number(), step.rule().action(), actor, channel, summary(before),
                summary(after), now));
        if (step == CaseStep.COMPLETE) {
            events.publishEvent(new CaseCompleted(after.number(), after.facts().subject(), after.facts().bundle(),
                    after.facts().departments(), now));
        }
        meters.stepped(step);
        return after.stored();
    }

    /** What the trail records of a case file: its state, never the holder's personal data. */
    private static Map<String, String> summary(CaseFile f) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("status", f.status().name());
        if (f.clock().extended()) {
            s.put("legalBy", f.clock().legal().toString());
        }
        if (f.pledge() != null) {
            s.put("pledgeDue", f.pledge().supplementBy().toString());
            s.put("pledgeKept", String.valueOf(f.pledge().kept()));
        }
        if (!f.closingNote().isEmpty()) {
            s.put("note", f.closingNote());
        }
        return s;
    }

    static DomainException notFound(String number) {
        return new DomainException(Kind.NOT_FOUND, "casework-case-not-accepted", "No accepted case " + number, number);
    }

    private static DomainException changedMeanwhile(String number) {
        return new DomainException(Kind.CONFLICT, "intake-case-changed",
                "Case " + number + " was changed by someone else meanwhile", number);
    }
}
