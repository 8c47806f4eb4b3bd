package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.Deadline;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.BundlePlan;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.TimeLimit;
import org.onevisit.casework.AcceptedCase;
import org.onevisit.casework.CaseFacts;
import org.onevisit.casework.CaseFile;
import org.onevisit.casework.CaseHandling;
import org.onevisit.casework.LegalTimeLimits;
import org.onevisit.casework.FileItem;
import org.onevisit.casework.Holder;
import org.springframework.stereotype.Component;

/**
 * What acceptance (受理) sets, and the hand-over, the one place it is made: the deadlines from the working-day
 * calendar, the terms of a 容缺 pledge; and by a clerk, on a pledge, or deemed so by law, the case goes to casework
 * with what casework needs of it, in the transaction that accepts it.
 */
@Component
class Acceptances {

    private final CaseHandling handling;
    private final WorkCalendars calendars;
    private final PledgePolicy pledges;
    private final Catalog catalog;
    private final Clock clock;
    private final LegalTimeLimits limits;
    private final IntakeMeters meters;

    Acceptances(CaseHandling handling, WorkCalendars calendars, IntakeRules rules, Catalog catalog, Clock clock,
            LegalTimeLimits limits, IntakeMeters meters) {
        this.meters = meters;
        this.limits = limits;
        this.handling = handling;
        this.calendars = calendars;
        this.pledges = new PledgePolicy(rules);
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The case's deadlines if accepted on {@code acceptedOn}: the promised one and the legal one. */
    Deadlines deadlines(IntakeCase c, LocalDate acceptedOn) {
        WorkCalendar calendar = calendars.current();
        Deadline promised = due(calendar, promised(c), acceptedOn);
        Deadline legal = due(calendar, limits.of(facts(c)).limit(), acceptedOn);
        return new Deadlines(promised.date(), legal.date(), promised.provisional() || legal.provisional());
    }

    /** The pledge of the case's missing materials, signed now: their deadline and the day of the reminder. */
    Pledge pledge(IntakeCase c, String text, LocalDate today) {
        WorkCalendar calendar = calendars.current();
        LocalDate due = pledges.supplementBy(today, promised(c), calendar);
        return new Pledge(text, clock.instant(), c.missing().stream().map(CaseMaterial::name).toList(), due,
                pledges.remindOn(today, due, calendar));
    }

    /** Casework's file of the case {@code accepted} just was. */
    CaseFile handOver(IntakeCase accepted) {
        meters.accepted(accepted);
        return handling.open(of(accepted));
    }

    static AcceptedCase of(IntakeCase c) {
        CaseFacts facts = facts(c);
        Deadlines d = c.answer().deadlines();
        Pledge p = c.answer().pledge();
        Application applied = c.application();
        return new AcceptedCase(c.number().value(), applied.subject(), applied.subjectName(), applied.bundle(),
                facts.items(), facts.holder(), c.dates().acceptedOn(), c.dates().deemedAccepted(), d.promised(),
                d.legal(), d.provisional(),
                p == null ? null : new AcceptedCase.Pledge(p.materials(), p.supplementBy(), p.remindOn()));
    }

    /** The promised limit of the case, the one place it is computed: see {@link #promised(IntakeCase, Bundle)}. */
    private TimeLimit promised(IntakeCase c) {
        Application applied = c.application();
        Bundle plan = applied.bundle() ? catalog.bundles().stream().filter(b -> b.code().equals(applied.subject()))
                .findFirst().orElse(null) : null;
        return promised(c, plan);
    }

    /**
     * The promised limit of the case: the item's; for a bundle at least the critical path (关键路径) of its plan, its
     * stages run one after the other each as long as its slowest item (at the versions the case was received under),
     * and never shorter than its longest item.
     */
    static TimeLimit promised(IntakeCase c, @Nullable Bundle plan) {
        TimeLimit longestItem = c.application().items().stream().map(CaseItem::promisedLimit)
                .max(Comparator.comparingInt(TimeLimit::approximateWorkingDays)).orElseThrow();
        if (plan == null) {
            return longestItem;
        }
        int criticalPath = BundlePlan.of(plan, code -> c.application().items().stream()
                .filter(i -> i.code().equals(code)).mapToInt(i -> i.promisedLimit().approximateWorkingDays()).max()
                .orElse(0)).longestPath();
        return criticalPath > longestItem.approximateWorkingDays() ? TimeLimit.workingDays(criticalPath) : longestItem;
    }

    private static Deadline due(WorkCalendar calendar, TimeLimit limit, LocalDate from) {
        return switch (limit.unit()) {
            case WORKING -> calendar.deadline(from, limit.days());
            case CALENDAR -> calendar.calendarDayDeadline(from, limit.days(), List.of());
        };
    }

    /** What casework will hold of the case: also what its legal time limit is computed from. */
    static CaseFacts facts(IntakeCase c) {
        Applicant a = c.parties().applicant();
        Application applied = c.application();
        return new CaseFacts(applied.subject(), applied.subjectName(), applied.bundle(),
                applied.items().stream().map(i -> new FileItem(i.code(), i.version(), i.name(), i.department(),
                        i.legalLimit(), i.jointDepartments())).toList(),
                new Holder(a.legalPerson(), a.identifier(), a.name(), a.phone()));
    }
}
