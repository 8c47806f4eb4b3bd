package org.onevisit.bench.scale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.onevisit.calendar.Deadline;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.casework.CaseFacts;
import org.onevisit.casework.CaseFile;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.FileItem;
import org.onevisit.casework.HandlingStatus;
import org.onevisit.casework.Holder;
import org.onevisit.casework.LegalClock;
import org.onevisit.casework.PledgeTerm;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.ScaleFillCasework;
import org.onevisit.casework.TaskStatus;
import org.onevisit.catalog.Necessity;
import org.onevisit.catalog.TimeLimit;
import org.onevisit.intake.Agent;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.Application;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseNumber;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterAnswer;
import org.onevisit.intake.CounterDates;
import org.onevisit.intake.Deadlines;
import org.onevisit.intake.Deficiency;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Parties;
import org.onevisit.intake.Pledge;
import org.onevisit.intake.Refusal;
import org.onevisit.intake.Visit;

/**
 * One case's life from the day it was received until this morning, as intake and casework would have recorded it: the
 * counter's answer (accepted, on a pledge, after a deficiency notice, refused, withdrawn, deemed accepted), then the
 * departments' reviews stage by stage, the lead departments' decisions, and the handover of the result.
 */
final class CaseStory {

    /**
     * One case as intake and casework hold it today, its personal data in clear: the repositories that store it
     * encrypt it.
     *
     * @param accepted what casework holds of the case once it was accepted; null before acceptance
     */
    record Lived(IntakeCase intake, ScaleFillCasework.AcceptedCase accepted) {

        /** The status the case shows: intake's until acceptance, the case file's after. */
        String status() {
            return accepted == null ? intake.status().name() : accepted.file().status().name();
        }
    }

    private final WorkCalendar calendar;
    private final LocalDate today;

    CaseStory(WorkCalendar calendar, LocalDate today) {
        this.calendar = calendar;
        this.today = today;
    }

    Lived live(CaseNumber number, Instant created, LocalDate day, Channel channel, Subjects.Subject subject,
            Applicant applicant, Agent agent, SplittableRandom random) {
        List<Visit> visits = new ArrayList<>();
        String clerk = "clerk-" + String.format("%02d", 1 + random.nextInt(12));
        if (channel.inPerson()) {
            visits.add(new Visit(created, "收件", clerk));
        }
        List<CaseMaterial> provided = subject.materials().stream().map(m -> m.with(MaterialStatus.PROVIDED, "")).toList();
        Intake c = new Intake(number, channel, subject, applicant, agent, created, provided, visits);
        LocalDate answer = channel.inPerson() ? day : plus(day, random.nextInt(3));
        int path = random.nextInt(1000);
        if (!channel.inPerson() && path < 40 && !plus(day, 2).isBefore(today)) {
            return c.preCheck();
        }
        if (!answer.isBefore(today)) {
            return c.received(day);
        }
        if (path < 65) {
            return c.refused(day);
        }
        if (path < 85) {
            return c.withdrawn(day);
        }
        LocalDate accepted = answer;
        boolean deemed = false;
        if (path < 145) {
            CaseMaterial missing = provided.stream().filter(m -> m.necessity() == Necessity.REQUIRED).findFirst().orElse(provided.get(0));
            LocalDate supplemented = plus(answer, 1 + random.nextInt(10));
            if (!supplemented.isBefore(today)) {
                return c.awaitingSupplement(day, answer, missing);
            }
            accepted = supplemented;
        } else if (path < 150) {
            deemed = true;
            accepted = day;
            if (!plus(day, 6).isBefore(today)) {
                return c.received(day);
            }
        }
        boolean pledged = path >= 150 && path < 200 && provided.stream().anyMatch(m -> m.necessity() == Necessity.DEFERRABLE);
        LocalDate closedOn = null;
        Pledge pledge = null;
        boolean pledgeReminded = false;
        boolean pledgeKept = false;
        if (pledged) {
            LocalDate due = plus(accepted, 10);
            boolean kept = random.nextInt(10) > 0;
            LocalDate keptOn = plus(accepted, 1 + random.nextInt(9));
            pledge = new Pledge("本人承诺在规定期限内补交所缺材料，逾期未补交的，同意终止办理。", ReviewStory.during(accepted, random),
                    provided.stream().filter(m -> m.necessity() == Necessity.DEFERRABLE).map(CaseMaterial::name).toList(),
                    due, plus(accepted, 8));
            pledgeReminded = !plus(accepted, 8).isAfter(today);
            pledgeKept = kept && keptOn.isBefore(today);
            closedOn = !kept && due.isBefore(today) ? plus(due, 1) : null;
        }
        boolean withdrawnLater = random.nextInt(100) == 0;
        if (withdrawnLater && plus(accepted, 3).isBefore(today)) {
            closedOn = plus(accepted, 1 + random.nextInt(3));
        }
        return c.accepted(day, accepted, deemed, deadlines(subject, accepted), pledge, pledgeReminded, pledgeKept, closedOn,
                withdrawnLater, random);
    }

    private LocalDate plus(LocalDate day, int workingDays) {
        return calendar.deadline(day, workingDays).date();
    }

    private Deadlines deadlines(Subjects.Subject s, LocalDate accepted) {
        Deadline promised = due(s.promised(), accepted);
        Deadline legal = due(s.legal(), accepted);
        return new Deadlines(promised.date(), legal.date(), promised.provisional() || legal.provisional());
    }

    private Deadline due(TimeLimit limit, LocalDate from) {
        return switch (limit.unit()) {
            case WORKING -> calendar.deadline(from, limit.days());
            case CALENDAR -> calendar.calendarDayDeadline(from, limit.days(), List.of());
        };
    }

    /** The case being written: what every ending shares. */
    private final class Intake {
        final CaseNumber number;
        final Channel channel;
        final Subjects.Subject subject;
        final Applicant applicant;
        final Agent agent;
        final Instant created;
        final List<CaseMaterial> materials;
        final List<Visit> visits;

        Intake(CaseNumber number, Channel channel, Subjects.Subject subject, Applicant applicant, Agent agent,
                Instant created, List<CaseMaterial> materials, List<Visit> visits) {
            this.number = number;
            this.channel = channel;
            this.subject = subject;
            this.applicant = applicant;
            this.agent = agent;
            this.created = created;
            this.materials = materials;
            this.visits = visits;
        }

        Lived preCheck() {
            return only(build(CaseStatus.PRE_CHECK, null, null, null, false, null, List.of(), null, null, null, "", 0));
        }

        Lived received(LocalDate day) {
            return only(build(CaseStatus.RECEIVED, day, null, null, false, null, List.of(), null, null, null, "", 0));
        }

        Lived refused(LocalDate day) {
            Refusal refusal = new Refusal("所申请事项不属于本机关职权范围", "示例市相关主管部门",
                    "如不服本决定，可在六十日内申请行政复议，或在六个月内提起行政诉讼。");
            return only(build(CaseStatus.REFUSED, day, null, null, false, null, List.of(), null, refusal, null,
                    refusal.reason(), 1));
        }

        Lived withdrawn(LocalDate day) {
            return only(build(CaseStatus.WITHDRAWN, day, null, null, false, null, List.of(), null, null, null, "申请人撤回申请", 1));
        }

        Lived awaitingSupplement(LocalDate day, LocalDate notice, CaseMaterial missing) {
            String problem = "缺少" + missing.name() + "，请补齐后再次提交。";
            List<CaseMaterial> marked = materials.stream()
                    .map(m -> m.key().equals(missing.key()) ? m.with(MaterialStatus.MISSING, problem) : m).toList();
            return only(build(CaseStatus.AWAITING_SUPPLEMENT, day, null, null, false, null,
                    List.of(new Deficiency(missing.key(), missing.name(), problem)), notice, null, marked, "", 1));
        }

        Lived accepted(LocalDate day, LocalDate acceptedOn, boolean deemed, Deadlines deadlines, Pledge pledge,
                boolean pledgeReminded, boolean pledgeKept, LocalDate closedOn, boolean withdrawn, SplittableRandom random) {
            List<ScaleFillCasework.Stage> plan = new ArrayList<>();
            List<ReviewTask> tasks = new ArrayList<>();
            List<Deciding.Decision> decisions = new ArrayList<>();
            Map<String, LocalDate> stageDone = new HashMap<>();
            Map<String, List<ReviewStory>> byItem = new HashMap<>();
            for (Subjects.PlannedStage stage : subject.stages()) {
                plan.add(new ScaleFillCasework.Stage(stage.key(), stage.name(), stage.after(), stage.position()));
                LocalDate start = acceptedOn;
                for (String after : stage.after()) {
                    start = later(start, stageDone.get(after));
                }
                LocalDate done = start;
                for (Subjects.PlannedReview planned : stage.reviews()) {
                    ReviewStory review = new ReviewStory(planned);
                    boolean reached = start != null && start.isBefore(today) && (closedOn == null || start.isBefore(closedOn));
                    if (reached) {
                        review.live(start, today, closedOn, calendar, random);
                    } else if (closedOn != null) {
                        review.close(closedOn);
                    }
                    done = review.done() && review.status != TaskStatus.CLOSED ? later(done, review.doneOn) : null;
                    byItem.computeIfAbsent(planned.itemCode(), k -> new ArrayList<>()).add(review);
                    tasks.add(review.task(number.value(), stage.key(), stage.position()));
                }
                stageDone.put(stage.key(), done);
            }
            LocalDate allDecided = acceptedOn;
            for (var item : subject.items()) {
                List<ReviewStory> reviews = byItem.getOrDefault(item.code(), List.of());
                LocalDate last = acceptedOn;
                for (ReviewStory r : reviews) {
                    last = r.done() && r.status != TaskStatus.CLOSED ? later(last, r.doneOn) : null;
                }
                LocalDate decidedOn = last == null ? null : plus(last, random.nextInt(2));
                // A case that ended early had no item decided: the product allows withdrawal and termination only then.
                if (closedOn != null || decidedOn == null || !decidedOn.isBefore(today)) {
                    allDecided = null;
                    continue;
                }
                boolean objected = reviews.stream().anyMatch(r -> r.status == TaskStatus.OBJECTED);
                boolean approved = !objected || random.nextBoolean();
                decisions.add(new Deciding.Decision(item.code(), approved,
                        approved ? (objected ? "经研究，不同意意见已由申请人整改落实，准予许可。" : "") : "经审查，申请不符合法定条件，不予许可。",
                        item.department().toLowerCase(java.util.Locale.ROOT) + "-chief", ReviewStory.during(decidedOn, random),
                        false));
                allDecided = allDecided == null ? null : later(allDecided, decidedOn);
            }
            HandlingStatus status = pledge != null && !pledgeKept ? HandlingStatus.ACCEPTED_ON_PLEDGE : HandlingStatus.ACCEPTED;
            String closing = "";
            if (closedOn != null) {
                status = withdrawn ? HandlingStatus.WITHDRAWN : HandlingStatus.TERMINATED;
                closing = withdrawn ? "申请人在作出决定前撤回申请" : "逾期未补交容缺材料，终止办理";
            } else if (allDecided != null && status == HandlingStatus.ACCEPTED) {
                LocalDate handedOver = plus(allDecided, 1 + random.nextInt(5));
                if (handedOver.isBefore(today)) {
                    status = HandlingStatus.COMPLETED;
                    boolean pickup = random.nextInt(3) > 0;
                    closing = pickup ? "窗口领取" : "快递送达";
                    if (pickup) {
                        visits.add(new Visit(ReviewStory.during(handedOver, random), "领取结果", "clerk-01"));
                    }
                }
            }
            List<CaseMaterial> shown = pledge == null ? materials : materials.stream()
                    .map(m -> m.necessity() == Necessity.DEFERRABLE && !pledgeKept ? m.with(MaterialStatus.PLEDGED, "") : m)
                    .toList();
            // intake's own status ends at acceptance; what happened after is the case file's
            IntakeCase c = build(pledge == null ? CaseStatus.ACCEPTED : CaseStatus.ACCEPTED_ON_PLEDGE, day, acceptedOn,
                    deadlines, deemed, pledge, List.of(), null, null, shown, "", 2);
            List<FileItem> items = subject.items().stream().map(i -> new FileItem(i.code(), i.version(), i.name(),
                    i.department(), i.legalLimit(), i.jointDepartments())).toList();
            CaseFile file = new CaseFile(number.value(), new CaseFacts(subject.code(), subject.name(), subject.bundle(),
                    items, new Holder(applicant.legalPerson(), applicant.identifier(), applicant.name(), applicant.phone())),
                    new LegalClock(acceptedOn, deemed, deadlines.promised(), deadlines.legal(), deadlines.provisional(), 0, ""),
                    pledge == null ? null : new PledgeTerm(pledge.materials(), pledge.supplementBy(), pledge.remindOn(),
                            pledgeReminded, pledgeKept), status, closing, 0);
            return new Lived(c, new ScaleFillCasework.AcceptedCase(file, plan, tasks, decisions));
        }

        private Lived only(IntakeCase c) {
            return new Lived(c, null);
        }

        private IntakeCase build(CaseStatus status, LocalDate receivedOn, LocalDate acceptedOn, Deadlines deadlines,
                boolean deemed, Pledge pledge, List<Deficiency> deficiencies, LocalDate noticeOn, Refusal refusal,
                List<CaseMaterial> shown, String closingNote, long version) {
            return new IntakeCase(number, new Application(UUID.nameUUIDFromBytes(number.value().getBytes()).toString(),
                    channel, subject.code(), subject.name(), subject.bundle(), subject.items(), created), status,
                    new Parties(applicant, agent, Map.of()), shown == null ? materials : shown, visits,
                    new CounterDates(receivedOn, acceptedOn, acceptedOn, deemed, noticeOn),
                    new CounterAnswer(deadlines, deficiencies, pledge, refusal, "", closingNote), version);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isAfter(b) ? a : b;
    }
}
