package org.onevisit.calendar;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.onevisit.platform.ChangeSignals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does with the calendar: add a year when the State Council publishes its
 * arrangement, enter and correct its days, put it in effect. Every change names the version it was
 * based on, so two administrators cannot overwrite each other. A change to an arrangement is announced to every
 * node in its own transaction, so that no node keeps counting on the old calendar once it commits.
 */
@Service
@Transactional
public class CalendarAdministration {

    private final YearArrangements arrangements;
    private final ApplicationEventPublisher events;
    private final ChangeSignals changes;

    CalendarAdministration(YearArrangements arrangements, ApplicationEventPublisher events, ChangeSignals changes) {
        this.arrangements = arrangements;
        this.events = events;
        this.changes = changes;
    }

    /** Adds a year as a draft: deadlines keep counting it on weekends only until it is published. */
    public YearArrangement addYear(int year, Notice notice) {
        YearArrangement draft = YearArrangement.draft(year, notice);
        arrangements.add(draft);
        return draft;
    }

    public YearArrangement publish(int year, long version) {
        return change(year, version, YearArrangement::published);
    }

    /** Lists a holiday or a make-up working day, replacing what was listed for that date. */
    public YearArrangement putDay(int year, long version, SpecialDay day) {
        return change(year, version, arrangement -> arrangement.withDay(day));
    }

    public YearArrangement removeDay(int year, long version, LocalDate date) {
        return change(year, version, arrangement -> arrangement.withoutDay(date));
    }

    private YearArrangement change(int year, long version, UnaryOperator<YearArrangement> change) {
        YearArrangement arrangement = arrangements.find(year).orElseThrow(() -> new YearNotArranged(year));
        arrangement.checkVersion(version);
        YearArrangement saved = arrangements.save(change.apply(arrangement), version);
        events.publishEvent(new WorkCalendarChanged(year));
        changes.announce(WorkCalendars.TOPIC);
        return saved;
    }
}
