package org.onevisit.bench.scale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.SplittableRandom;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.OwedOpinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.TaskAnswer;
import org.onevisit.casework.TaskClock;
import org.onevisit.casework.TaskStatus;
import org.onevisit.casework.TaskTerms;

/**
 * One department's review of one item, lived from the day it opens: answered within its limit mostly, sometimes with
 * conditions or an objection; now and then the clock stops for corrections (补正) or an expert review (中止), is
 * extended (《行政许可法》第四十二条), or runs out — then the timer deems consent (超时默认), or, where a department is
 * chased instead, it answers late. Seen as it stands today; {@link #task} is the review task casework would hold.
 */
final class ReviewStory {

    static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    private static final String[] CONDITIONS = {"请按核定的用途使用，并于开工前完成备案。", "须在取得许可后三十日内办理变更登记。",
            "请补充完善消防设施，经验收合格后方可投入使用。"};
    private static final String[] OBJECTIONS = {"申请材料与现场情况不符，不同意。", "不符合规划条件第三条，不同意。"};
    private static final String[] STOPS = {"EXPERT_REVIEW", "HEARING", "TESTING", "PUBLIC_NOTICE"};

    final String itemCode;
    final String department;
    final int limitDays;
    TaskStatus status = TaskStatus.WAITING;
    LocalDate openedOn;
    LocalDate deadline;
    LocalDate doneOn;
    Instant decidedAt;
    String decidedBy;
    String opinion = "";
    LocalDate suspendedOn;
    int suspendedDays;
    int extensionDays;
    String extensionNote = "";
    String suspensionReason = "";
    boolean deemable;
    LocalDate opinionOwedBy;
    String lateOpinion;
    String lateBy;
    Instant lateAt;

    ReviewStory(Subjects.PlannedReview planned) {
        this.itemCode = planned.itemCode();
        this.department = planned.department();
        this.limitDays = planned.limitDays();
    }

    /**
     * Opens on {@code day} and lives until {@code today}, or until {@code closedOn} (null, or not after today) when
     * the case ended before.
     */
    void live(LocalDate day, LocalDate today, LocalDate closedOn, WorkCalendar calendar, SplittableRandom random) {
        openedOn = day;
        deadline = calendar.deadline(day, limitDays).date();
        status = TaskStatus.OPEN;
        LocalDate stopEnd = clockStop(calendar, random, today);
        if (status != TaskStatus.OPEN) {
            closeIfEnded(closedOn);
            return;
        }
        LocalDate from = stopEnd == null ? day : stopEnd;
        if (random.nextInt(100) == 0) {
            extensionDays = 10;
            extensionNote = "经分管负责人批准延长：需组织现场核查";
            deadline = calendar.deadline(deadline, extensionDays).date();
        }
        boolean late = random.nextInt(100) < 3;
        boolean deemed = late && random.nextInt(5) > 0;
        LocalDate answered = late ? calendar.deadline(deadline, deemed ? 1 : 1 + random.nextInt(8)).date()
                : calendar.deadline(from, (int) (Math.pow(random.nextDouble(), 1.6) * remaining(from, calendar))).date();
        LocalDate end = closedOn == null ? today : closedOn;
        // The timer deems consent just after midnight; officials answer during the day, after this morning's 09:00.
        if (deemed ? answered.isAfter(end) : !answered.isBefore(end)) {
            closeIfEnded(closedOn);
            return;
        }
        doneOn = answered;
        if (deemed) {
            status = TaskStatus.DEEMED_CONSENT;
            deemable = true;
            opinion = "超时未出具意见，视为同意";
            decidedBy = "system";
            decidedAt = answered.atTime(0, 1).atZone(CENTRE).toInstant();
            // the department still owes its real opinion within a working day; most give it, a few late or never
            opinionOwedBy = calendar.deadline(answered, 1).date();
            LocalDate given = calendar.deadline(answered, random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(5)).date();
            if (random.nextInt(20) > 0 && given.isBefore(end)) {
                lateOpinion = "CONSENT";
                lateBy = official();
                lateAt = during(given, random);
                }
            return;
        }
        int kind = random.nextInt(100);
        status = kind < 93 ? TaskStatus.CONSENTED : kind < 98 ? TaskStatus.CONSENTED_WITH_CONDITIONS : TaskStatus.OBJECTED;
        opinion = switch (status) {
            case CONSENTED_WITH_CONDITIONS -> CONDITIONS[random.nextInt(CONDITIONS.length)];
            case OBJECTED -> OBJECTIONS[random.nextInt(OBJECTIONS.length)];
            default -> "";
        };
        decidedBy = official();
        decidedAt = during(answered, random);
    }

    /**
     * 补正 or 中止 in about one review in twenty: the clock stands still from a day soon after opening until the
     * applicant answers or the procedure ends; the deadline moves by the working days stood still. The day the review
     * goes on from, or null when its clock never stopped.
     */
    private LocalDate clockStop(WorkCalendar calendar, SplittableRandom random, LocalDate today) {
        int r = random.nextInt(100);
        if (r >= 5 || limitDays == 0) {
            return null;
        }
        boolean correction = r < 4;
        LocalDate stop = calendar.deadline(openedOn, 1 + random.nextInt(Math.max(1, Math.min(3, limitDays)))).date();
        if (!stop.isBefore(today)) {
            return null;
        }
        LocalDate resume = calendar.deadline(stop, correction ? 2 + random.nextInt(9) : 5 + random.nextInt(16)).date();
        if (!resume.isBefore(today)) {
            status = correction ? TaskStatus.AWAITING_CORRECTION : TaskStatus.SUSPENDED;
            suspendedOn = stop;
            opinion = correction ? "请补正：申请表第三项填写有误，并补充场地平面图。" : "组织专家评审";
            suspensionReason = correction ? "" : STOPS[random.nextInt(STOPS.length)];
            if (correction) {
                decidedBy = official();
                decidedAt = during(stop, random);
            }
            return null;
        }
        suspendedDays += calendar.workingDaysBetween(stop, resume).days();
        deadline = calendar.deadline(deadline, suspendedDays).date();
        return resume;
    }

    private int remaining(LocalDate from, WorkCalendar calendar) {
        return Math.max(0, calendar.workingDaysBetween(from, deadline).days());
    }

    /** The case was withdrawn or terminated on {@code closedOn}, before this review was answered. */
    private void closeIfEnded(LocalDate closedOn) {
        if (closedOn != null && !status.done()) {
            close(closedOn);
        }
    }

    void close(LocalDate on) {
        status = TaskStatus.CLOSED;
        opinion = "申请人撤回或终止办理";
        decidedBy = "clerk-01";
        decidedAt = on.atTime(10, 0).atZone(CENTRE).toInstant();
        doneOn = on;
    }

    boolean done() {
        return status.done();
    }

    /**
     * The review task as it stands, not yet stored. Every task is planned as if a later stage waited for it (the
     * column's default): the fill answers no task through the product, so nothing opens a stage by it.
     */
    ReviewTask task(String caseNumber, String stageKey, int stageOrder) {
        OwedOpinion owed = opinionOwedBy == null ? null : new OwedOpinion(opinionOwedBy,
                lateOpinion == null ? null : Opinion.valueOf(lateOpinion), lateOpinion == null ? "" : "同意", lateBy, lateAt);
        return new ReviewTask(0, caseNumber, itemCode, department, new TaskTerms(stageKey, stageOrder, limitDays, deemable, true),
                status, new TaskClock(openedOn, deadline, suspendedOn, suspendedDays, extensionDays, extensionNote,
                        suspensionReason), new TaskAnswer(opinion, decidedBy, decidedAt, false), owed, 0);
    }

    private String official() {
        return department.toLowerCase(java.util.Locale.ROOT) + "-reviewer";
    }

    static Instant during(LocalDate day, SplittableRandom random) {
        return day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60))).atZone(CENTRE).toInstant();
    }
}
