package org.onevisit.calendar.web;

import java.net.URI;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.CalendarAdministration;
import org.onevisit.calendar.DayKind;
import org.onevisit.calendar.Notice;
import org.onevisit.calendar.SpecialDay;
import org.onevisit.calendar.web.CalendarViews.YearResponse;
import org.onevisit.platform.JsonApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Keeping the calendar, for administrators: add a year when its notice is published, list and correct
 * days, put the year in effect. Every change carries the version read, and fails with 409 if someone
 * changed the year meanwhile.
 */
@JsonApi("/api/v1/calendar/years")
@Tag(name = "calendar")
class CalendarAdminApi {

    private final CalendarAdministration administration;
    private final MessageSource messages;

    CalendarAdminApi(CalendarAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    record AddYearRequest(@NotNull Integer year, @NotBlank @Size(max = Notice.TITLE_MAX) String noticeTitle,
            @Size(max = Notice.REFERENCE_MAX) @Nullable String noticeReference, @Nullable LocalDate noticePublished) {
    }

    record DayRequest(@NotNull DayKind kind, @NotBlank @Size(max = SpecialDay.NAME_MAX) String name, @NotNull Long version) {
    }

    record PublishRequest(@NotNull Long version) {
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a year (as a draft) from the State Council's notice")
    ResponseEntity<YearResponse> addYear(@Valid @RequestBody AddYearRequest request) {
        var added = administration.addYear(request.year(),
                new Notice(request.noticeTitle(), request.noticeReference(), request.noticePublished()));
        return ResponseEntity.created(URI.create("/api/v1/calendar/years/" + added.year())).body(YearResponse.of(added));
    }

    @PostMapping("/{year}/publication")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Put a year's arrangement in effect")
    YearResponse publish(@PathVariable int year, @Valid @RequestBody PublishRequest request) {
        return YearResponse.of(administration.publish(year, request.version()));
    }

    @PutMapping("/{year}/days/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "List a holiday or a make-up working day (replaces what was listed for the date)")
    YearResponse putDay(@PathVariable int year, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @Valid @RequestBody DayRequest request) {
        return YearResponse.of(administration.putDay(year, request.version(), new SpecialDay(date, request.kind(), request.name())));
    }

    @DeleteMapping("/{year}/days/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Remove a listed day")
    YearResponse removeDay(@PathVariable int year, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam long version) {
        return YearResponse.of(administration.removeDay(year, version, date));
    }
}
