package org.onevisit.casework.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Consultations;
import org.onevisit.casework.JointMeeting;
import org.onevisit.casework.JointMeetings;
import org.onevisit.casework.MeetingMinutes;
import org.onevisit.people.StaffAccounts;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The coordinator's joint reviews and joint site inspections with each department's attendance and opinion, and
 * consultations (会商) between chief representatives.
 */
@JsonApi("/api/v1")
@Tag(name = "Joint meetings and consultations", description = "联合会审、联合勘查、首席代表会商")
class MeetingsApi {

    private final JointMeetings meetings;
    private final MeetingMinutes minutes;
    private final StaffAccounts staff;
    private final Consultations consultations;

    MeetingsApi(JointMeetings meetings, MeetingMinutes minutes, StaffAccounts staff, Consultations consultations) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.staff = staff;
        this.consultations = consultations;
    }

    record Question(@NotBlank @Size(max = Limits.TEXT) String question, @NotNull java.time.LocalDate replyBy,
            @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = Limits.DEPARTMENT) String> departments) {
    }

    @PostMapping("/cases/{number}/consultations")
    @PreAuthorize("hasRole('CHIEF_REPRESENTATIVE')")
    @Operation(summary = "会商: a chief representative of a department taking part in the case asks other departments a "
            + "question, with a reply deadline")
    Consultations.Consultation consult(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody @Valid Question q,
            Principal user) {
        return consultations.ask(number, q.question(), q.replyBy(), q.departments(), user.getName());
    }

    record Answer(@NotBlank @Size(max = Limits.TEXT) String reply) {
    }

    @PostMapping("/consultations/{id}/replies")
    @PreAuthorize("hasAnyRole('CHIEF_REPRESENTATIVE','REVIEWER')")
    @Operation(summary = "The official's department replies to a consultation")
    Consultations.Consultation reply(@PathVariable long id, @RequestBody @Valid Answer a, Principal user) {
        return consultations.reply(id, a.reply(), user.getName());
    }

    @GetMapping("/cases/{number}/consultations")
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN','REVIEWER','CHIEF_REPRESENTATIVE','SUPERVISOR')")
    @Operation(summary = "A case's consultations with their replies")
    List<Consultations.Consultation> consultations(@PathVariable @Size(max = Limits.NUMBER) String number) {
        return consultations.ofCase(number);
    }

    record Scheduling(@NotNull JointMeeting.Kind kind, @NotNull Instant at, @NotBlank @Size(max = Limits.LINE) String place,
            @NotNull @Size(min = 2, max = 30) List<@NotBlank @Size(max = Limits.DEPARTMENT) String> departments) {
    }

    @PostMapping("/cases/{number}/meetings")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Schedule a joint material review or joint site inspection with the departments a case needs")
    JointMeeting schedule(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody @Valid Scheduling s, Principal user) {
        return meetings.schedule(number, s.kind(), s.at(), s.place(), s.departments(), user.getName());
    }

    @GetMapping("/cases/{number}/meetings")
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN','REVIEWER','CHIEF_REPRESENTATIVE','SUPERVISOR')")
    @Operation(summary = "A case's joint meetings with attendance and opinions")
    List<JointMeeting> ofCase(@PathVariable @Size(max = Limits.NUMBER) String number) {
        return meetings.ofCase(number);
    }

    record Attendance(boolean attended, @Nullable @Size(max = Limits.TEXT) String opinion,
            @Nullable @Size(max = Limits.REMARK) String absenceReason) {
    }

    @PostMapping("/meetings/{id}/attendance")
    @PreAuthorize("hasAnyRole('REVIEWER','CHIEF_REPRESENTATIVE')")
    @Operation(summary = "The official's department records its attendance and opinion, or why it was absent")
    JointMeeting attend(@PathVariable long id, @RequestBody @Valid Attendance a, Principal user) {
        String department = staff.find(user.getName()).map(m -> m.departmentCode()).orElse(null);
        if (department == null) {
            throw new DomainException(Kind.INVALID, "casework-department-missing", "Name the department");
        }
        return meetings.record(id, department, a.attended(), a.opinion() == null ? "" : a.opinion(),
                a.absenceReason() == null ? "" : a.absenceReason(), user.getName());
    }

    @PostMapping("/meetings/{id}/closing")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Close the meeting: absent departments without reason count as consenting where the rule says so")
    JointMeeting close(@PathVariable long id, Principal user) {
        return meetings.close(id, user.getName());
    }

    @GetMapping(path = "/meetings/{id}/minutes", produces = "application/pdf")
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN','REVIEWER','CHIEF_REPRESENTATIVE','SUPERVISOR')")
    @Operation(summary = "The minutes of a joint meeting as PDF")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(minutes.of(id));
    }
}
