package org.onevisit.casework;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads a case file, applies one step, saves it against the version read and appends the change to the audit trail,
 * in the caller's transaction: the one way every use case changes an accepted case.
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

    java.util.Optional<java.time.Instant> endedAt(String number) {
        return files.endedAt(number);
    }

    java.util.List<CaseFile> findAll(java.util.Collection<String> numbers) {
        return files.findAll(numbers);
    }

    /** Stores the file of a case just accepted; false when the case has one already (the same acceptance again). */
    boolean open(CaseFile file) {
        return files.insertIfAbsent(file);
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
        events.publishEvent(new AuditedChange("case", after.number(), step.rule().action(), actor, channel, summary(before),
                summary(after), clock.instant()));
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
