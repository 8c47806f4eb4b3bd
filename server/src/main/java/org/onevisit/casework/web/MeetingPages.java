package org.onevisit.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.CaseHandling;
import org.onevisit.casework.CaseNames;
import org.onevisit.casework.JointMeeting;
import org.onevisit.casework.JointMeetings;
import org.onevisit.catalog.Catalog;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The coordinator's schedule: the joint material reviews (联合会审) and joint site inspections (联合勘查) ahead, day by
 * day, and those held, each department by name with its attendance; a form to convene one for a case under review,
 * picking the case and the departments from lists ({@code ?case=} ticks the departments reviewing that case); and a
 * meeting's own page where the coordinator takes the roll and closes it.
 */
@Controller
@RequestMapping("/staff/meetings")
@PreAuthorize("hasRole('COORDINATOR')")
class MeetingPages {

    private static final int SHOWN = 100;
    private static final int CASES = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JointMeetings meetings;
    private final CaseHandling cases;
    private final Catalog catalog;
    private final CaseNames names;
    private final MessageSource messages;
    private final Clock clock;

    MeetingPages(JointMeetings meetings, CaseHandling cases, Catalog catalog, CaseNames names, MessageSource messages,
            Clock clock) {
        this.meetings = meetings;
        this.cases = cases;
        this.catalog = catalog;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    /** A meeting as chosen; shown again when it was refused. */
    record MeetingForm(String caseNumber, String kind, String at, String place, List<String> departments) {

        MeetingForm {
            caseNumber = caseNumber == null ? "" : caseNumber.strip();
            kind = kind == null ? "" : kind;
            at = at == null ? "" : at;
            place = place == null ? "" : place;
            departments = departments == null ? List.of() : List.copyOf(departments);
        }

        static MeetingForm blank(String caseNumber, List<String> departments) {
            return new MeetingForm(caseNumber, JointMeeting.Kind.JOINT_REVIEW.name(), "", "", departments);
        }

        /** The departments ticked (a client may also send them as one text, separated by commas). */
        List<String> departmentCodes() {
            return departments.stream().flatMap(d -> Arrays.stream(d.toUpperCase(Locale.ROOT).split("[\\s,，、;；]+")))
                    .filter(d -> !d.isBlank()).distinct().toList();
        }
    }

    /** A case the coordinator may pick: its number and what it is, the applicant masked. */
    record CaseOption(String number, String label) {
    }

    /** A department to tick, by name. */
    record DepartmentOption(String code, String name, boolean checked) {
    }

    /** A department taking part, by name, with its attendance (null until recorded). */
    record Participant(String code, String name, @Nullable Boolean attended, String opinion, String absenceReason) {
    }

    /** A meeting as the schedule shows it, its day and time in the centre's zone. */
    record MeetingRow(JointMeeting meeting, String at, String time, String subject, List<Participant> participants,
            long attended, long absent, long unrecorded) {
    }

    /** A day of the schedule with its meetings. */
    record Day(LocalDate date, String label, List<MeetingRow> meetings) {
    }

    @GetMapping
    String schedule(@RequestParam(name = "case", defaultValue = "") String caseNumber, Model model, Locale locale) {
        String chosen = caseNumber.length() > 40 ? "" : caseNumber.strip();
        List<String> reviewing = chosen.isEmpty() ? List.of()
                : meetings.casesUnderReview(CASES).getOrDefault(chosen, List.of());
        return page(model, MeetingForm.blank(chosen, reviewing), null, locale);
    }

    @PostMapping
    String convene(MeetingForm form, Authentication user, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        JointMeeting.Kind kind = Arrays.stream(JointMeeting.Kind.values()).filter(k -> k.name().equals(form.kind()))
                .findFirst().orElse(null);
        LocalDateTime at = time(form.at());
        String invalid = form.caseNumber().isBlank() || form.caseNumber().length() > 40 ? "casework.page.meetings.error.case"
                : kind == null ? "casework.page.meetings.error.kind"
                : at == null ? "casework.page.meetings.error.time"
                : form.place().isBlank() || form.place().length() > 300 ? "casework.page.meetings.error.place"
                : form.departmentCodes().size() < 2 || form.departmentCodes().size() > 30
                        || form.departmentCodes().stream().anyMatch(d -> !d.matches("[A-Z0-9-]{2,16}"))
                        ? "casework.page.meetings.error.departments" : null;
        if (invalid != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form, messages.getMessage(invalid, null, invalid, locale), locale);
        }
        try {
            meetings.schedule(form.caseNumber(), kind, at.atZone(clock.getZone()).toInstant(), form.place(),
                    form.departmentCodes(), user.getName());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(DomainMessages.status(e).value());
            return page(model, form, DomainMessages.text(messages, e, locale), locale);
        }
        redirect.addFlashAttribute("done", messages.getMessage("casework.page.meetings.done",
                new Object[] {form.caseNumber(), WHEN.format(at)}, locale));
        return "redirect:/staff/meetings";
    }

    // --- a meeting: the roll and closing ------------------------------------------------------------

    @GetMapping("/{id}")
    String meeting(@PathVariable long id, Model model, Locale locale) {
        return meetingPage(id, model, locale, null);
    }

    @PostMapping("/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String attended, @RequestParam(defaultValue = "") String opinion,
            @RequestParam(defaultValue = "") String absenceReason, Authentication user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!attended.equals("true") && !attended.equals("false") || department.length() > 16 || opinion.length() > 4000
                || absenceReason.length() > 800) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return meetingPage(id, model, locale, messages.getMessage("casework.page.meetings.error.attendance", null, locale));
        }
        return step(id, model, locale, redirect, response, "casework.page.meetings.recorded",
                () -> meetings.record(id, department, Boolean.parseBoolean(attended), opinion, absenceReason, user.getName()),
                names.department(department, locale));
    }

    @PostMapping("/{id}/closing")
    String close(@PathVariable long id, Authentication user, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(id, model, locale, redirect, response, "casework.page.meetings.closedDone",
                () -> meetings.close(id, user.getName()));
    }

    private String step(long id, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response,
            String done, Runnable action, Object... args) {
        try {
            action.run();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND
                    && "casework-meeting-not-found".equals(e.code())) {
                throw e;
            }
            response.setStatus(DomainMessages.status(e).value());
            return meetingPage(id, model, locale, DomainMessages.text(messages, e, locale));
        }
        redirect.addFlashAttribute("done", messages.getMessage(done, args, locale));
        return "redirect:/staff/meetings/" + id;
    }

    private String meetingPage(long id, Model model, Locale locale, @Nullable String problem) {
        model.addAttribute("r", row(meetings.find(id), locale, new LinkedHashMap<>()));
        model.addAttribute("absenceMeansConsent", meetings.absenceMeansConsent());
        model.addAttribute("problem", problem);
        return "casework/meeting";
    }

    // --- the schedule ---------------------------------------------------------------------------------

    private String page(Model model, MeetingForm form, @Nullable String problem, Locale locale) {
        var now = clock.instant();
        Map<String, String> subjects = new LinkedHashMap<>();
        List<CaseOption> options = new ArrayList<>();
        for (String number : meetings.casesUnderReview(CASES).keySet()) {
            options.add(new CaseOption(number, number + " · " + subject(number, subjects)));
        }
        if (!form.caseNumber().isEmpty() && options.stream().noneMatch(o -> o.number().equals(form.caseNumber()))) {
            options.add(0, new CaseOption(form.caseNumber(), form.caseNumber()));
        }
        List<String> ticked = form.departmentCodes();
        model.addAttribute("caseOptions", options);
        model.addAttribute("departmentOptions", catalog.departments().stream()
                .map(d -> new DepartmentOption(d.code(), d.name(locale), ticked.contains(d.code()))).toList());
        model.addAttribute("upcoming", days(meetings.from(now, SHOWN), locale, subjects));
        model.addAttribute("past", days(meetings.before(now, SHOWN), locale, subjects));
        model.addAttribute("kinds", JointMeeting.Kind.values());
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        return "casework/meetings";
    }

    private List<Day> days(List<JointMeeting> list, Locale locale, Map<String, String> subjects) {
        Map<LocalDate, List<MeetingRow>> byDay = new LinkedHashMap<>();
        for (JointMeeting m : list) {
            byDay.computeIfAbsent(LocalDate.ofInstant(m.heldAt(), clock.getZone()), d -> new ArrayList<>())
                    .add(row(m, locale, subjects));
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "EEEE, d MMMM yyyy"
                : "yyyy年M月d日 EEEE", locale);
        return byDay.entrySet().stream().map(e -> new Day(e.getKey(), label.format(e.getKey()), e.getValue())).toList();
    }

    private MeetingRow row(JointMeeting m, Locale locale, Map<String, String> subjects) {
        long attended = m.participants().stream().filter(p -> Boolean.TRUE.equals(p.attended())).count();
        long absent = m.participants().stream().filter(p -> Boolean.FALSE.equals(p.attended())).count();
        List<Participant> participants = m.participants().stream()
                .map(p -> new Participant(p.department(), names.department(p.department(), locale), p.attended(), p.opinion(),
                        p.absenceReason()))
                .toList();
        var at = m.heldAt().atZone(clock.getZone());
        return new MeetingRow(m, WHEN.format(at), TIME.format(at), subject(m.caseNumber(), subjects), participants,
                attended, absent, m.participants().size() - attended - absent);
    }

    /** What the case applies for and who, the applicant masked. */
    private String subject(String number, Map<String, String> subjects) {
        return subjects.computeIfAbsent(number, n -> cases.find(n)
                .map(c -> c.facts().subjectName() + " · " + c.facts().holder().maskedName()).orElse(""));
    }

    private static @Nullable LocalDateTime time(String text) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
