package org.onevisit.casework.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.JointMeeting;
import org.onevisit.casework.JointMeetings;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The coordinator's schedule: the joint material reviews (联合会审) and joint site inspections (联合勘查) ahead and
 * those held, with each department's attendance, and a form to convene a new one for a case.
 */
@Controller
@RequestMapping("/staff/meetings")
@PreAuthorize("hasRole('COORDINATOR')")
class MeetingPages {

    private static final int SHOWN = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JointMeetings meetings;
    private final MessageSource messages;
    private final Clock clock;

    MeetingPages(JointMeetings meetings, MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
    }

    /** A meeting as typed; shown again when it was refused. */
    record MeetingForm(String caseNumber, String kind, String at, String place, String departments) {

        MeetingForm {
            caseNumber = caseNumber == null ? "" : caseNumber;
            kind = kind == null ? "" : kind;
            at = at == null ? "" : at;
            place = place == null ? "" : place;
            departments = departments == null ? "" : departments;
        }

        static MeetingForm blank() {
            return new MeetingForm("", JointMeeting.Kind.JOINT_REVIEW.name(), "", "", "");
        }

        List<String> departmentCodes() {
            return Arrays.stream(departments.toUpperCase(Locale.ROOT).split("[\\s,，、;；]+")).filter(d -> !d.isBlank())
                    .distinct().toList();
        }
    }

    /** A meeting as the schedule shows it, its time in the centre's zone. */
    record MeetingRow(JointMeeting meeting, String at, long attended, long absent, long unrecorded) {
    }

    @GetMapping
    String schedule(Model model) {
        return page(model, MeetingForm.blank(), null);
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
            return page(model, form, messages.getMessage(invalid, null, invalid, locale));
        }
        try {
            meetings.schedule(form.caseNumber().strip(), kind, at.atZone(clock.getZone()).toInstant(), form.place(),
                    form.departmentCodes(), user.getName());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(DomainMessages.status(e).value());
            return page(model, form, DomainMessages.text(messages, e, locale));
        }
        redirect.addFlashAttribute("done", messages.getMessage("casework.page.meetings.done",
                new Object[] {form.caseNumber().strip(), WHEN.format(at)}, locale));
        return "redirect:/staff/meetings";
    }

    private String page(Model model, MeetingForm form, @Nullable String problem) {
        var now = clock.instant();
        model.addAttribute("upcoming", meetings.from(now, SHOWN).stream().map(this::row).toList());
        model.addAttribute("past", meetings.before(now, SHOWN).stream().map(this::row).toList());
        model.addAttribute("kinds", JointMeeting.Kind.values());
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        return "casework/meetings";
    }

    private MeetingRow row(JointMeeting m) {
        long attended = m.participants().stream().filter(p -> Boolean.TRUE.equals(p.attended())).count();
        long absent = m.participants().stream().filter(p -> Boolean.FALSE.equals(p.attended())).count();
        return new MeetingRow(m, WHEN.format(m.heldAt().atZone(clock.getZone())), attended, absent,
                m.participants().size() - attended - absent);
    }

    private static @Nullable LocalDateTime time(String text) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
