package org.onevisit.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onevisit.calendar.WorkCalendars;
import org.onevisit.notification.TextMessage;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The correction loop (补正, 《行政许可法》第四十五条): a department's correction request stops its review's clock and
 * tells the applicant, by text message, exactly what to supply; the applicant's answer — files handed in online or at
 * the counter (intake checks who may hand them in), or what the official records as received on paper — resumes the
 * review by itself that day, its deadline moved by the working days it stood still, on the case's timeline, and the
 * applicant is told the new deadline. One way resumes a review after a correction: this one.
 */
@Service
@Transactional
public class Corrections {

    /** A text message is short: the points beyond this many characters are read on the portal. */
    private static final int POINTS_IN_A_TEXT = 200;

    private final CorrectionRecords records;
    private final ReviewerAccess access;
    private final CaseFileChanges files;
    private final ApplicantTexts texts;
    private final WorkCalendars calendars;
    private final Clock clock;

    Corrections(CorrectionRecords records, ReviewerAccess access, CaseFileChanges files, ApplicantTexts texts,
            WorkCalendars calendars, Clock clock) {
        this.records = records;
        this.access = access;
        this.files = files;
        this.texts = texts;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The case's correction requests with their answers, the newest first. */
    @ReadOnly
    public List<Correction> ofCase(String caseNumber) {
        return records.ofCase(caseNumber);
    }

    /** One correction request of the case; another case's is not found. */
    @ReadOnly
    public Correction find(String caseNumber, long id) {
        return records.find(id).filter(c -> c.caseNumber().equals(caseNumber)).orElseThrow(() -> notFound(id));
    }

    /**
     * The applicant's answer to the request, handed in online or at the counter (intake checked that {@code actor} may
     * hand in for the case): at least one file. The review resumes today.
     *
     * @param channel WEB or COUNTER
     */
    public Correction supply(String caseNumber, long id, List<CorrectionFile> supplied, String note, String actor,
            String channel) {
        Correction request = find(caseNumber, id);
        if (supplied.isEmpty()) {
            throw CaseworkRefused.rule("casework-correction-files-missing", "A correction is answered with its files");
        }
        answer(request, supplied, note, actor, channel);
        return find(caseNumber, id);
    }

    /** The department asked for a correction on the task: recorded, and the applicant told what to supply. */
    void requested(ReviewTask task, LocalDate on) {
        records.request(task, task.answer().text(), on, String.valueOf(task.answer().by()));
        CaseFile c = files.load(task.caseNumber());
        String points = task.answer().text();
        texts.text(c, TextMessage.CORRECTION_REQUESTED,
                Map.of("number", c.number(), "subject", c.facts().subjectName(),
                        "points", points.length() > POINTS_IN_A_TEXT ? points.substring(0, POINTS_IN_A_TEXT) + "…" : points));
    }

    /**
     * The official of the task's department records that the correction came in on paper (at the department or the
     * counter): the same answer, without files.
     */
    ReviewTask receivedOnPaper(ReviewTask task, String username) {
        Correction request = records.openOf(task.id()).orElseGet(() -> {
            records.request(task, task.answer().text(),
                    task.clock().suspendedOn() == null ? LocalDate.now(clock) : task.clock().suspendedOn(),
                    String.valueOf(task.answer().by()));
            return records.openOf(task.id()).orElseThrow();
        });
        return answer(request, List.of(), "", username, "DEPARTMENT");
    }

    private ReviewTask answer(Correction request, List<CorrectionFile> supplied, String note, String actor,
            String channel) {
        ReviewTask task = access.task(request.taskId());
        if (!request.awaited()) {
            throw new DomainException(Kind.CONFLICT, "casework-correction-not-awaited",
                    "Correction request " + request.id() + " is not awaited any more", request.id());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        ReviewTask resumed = task.resume(today, calendars.current());
        String label = ReviewerAccess.label(task);
        ReviewTask saved = access.save(task, resumed, actor, channel, "correctionSupplied",
                Map.of("task", label, "status", task.status().name(), "deadline", String.valueOf(task.clock().deadline())),
                Map.of("task", label, "status", resumed.status().name(),
                        "deadline", String.valueOf(resumed.clock().deadline()), "files", String.valueOf(supplied.size())));
        if (!records.supply(request.id(), today, now, actor, channel, note.strip(), resumed.clock().deadline(), supplied)) {
            throw ReviewerAccess.changed(task);
        }
        CaseFile c = files.load(task.caseNumber());
        texts.text(c, TextMessage.CORRECTION_RECEIVED,
                Map.of("number", c.number(), "subject", c.facts().subjectName(), "on", today,
                        "until", String.valueOf(resumed.clock().deadline())));
        return saved;
    }

    private static DomainException notFound(long id) {
        return new DomainException(Kind.NOT_FOUND, "casework-correction-not-found", "No correction request " + id, id);
    }
}
