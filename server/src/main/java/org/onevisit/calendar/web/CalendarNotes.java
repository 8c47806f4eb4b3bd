package org.onevisit.calendar.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.onevisit.calendar.DayInfo;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The sentences that explain an answer of the calendar, in the user's language. */
@Component
class CalendarNotes {

    private final MessageSource messages;

    CalendarNotes(MessageSource messages) {
        this.messages = messages;
    }

    String deadline(boolean calendarDays, Set<Integer> unpublishedYears) {
        String rule = text(calendarDays ? "calendar.note.calendarDays" : "calendar.note.workingDays");
        return unpublishedYears.isEmpty() ? rule : rule + " " + provisional(unpublishedYears);
    }

    String count(Set<Integer> unpublishedYears) {
        String rule = text("calendar.note.count");
        return unpublishedYears.isEmpty() ? rule : rule + " " + provisional(unpublishedYears);
    }

    String day(DayInfo day) {
        String reason = text("calendar.reason." + day.reason().name(), day.holidayName() == null ? "" : day.holidayName());
        return day.provisional() ? reason + " " + provisional(Set.of(day.date().getYear())) : reason;
    }

    String provisional(Set<Integer> unpublishedYears) {
        String years = unpublishedYears.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return text("calendar.note.provisional", years);
    }

    /** The message of a refused input or a broken rule, as the API's problem details give it. */
    String error(DomainException e) {
        return DomainMessages.text(messages, e, LocaleContextHolder.getLocale());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
