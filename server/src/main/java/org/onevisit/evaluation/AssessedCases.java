package org.onevisit.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.HallCounter;
import org.onevisit.catalog.HallOrganisation;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.Visit;
import org.springframework.stereotype.Component;

/**
 * The cases an assessment counts, as intake keeps them (channel, visits), read once per assessment; and the counter
 * (窗口) a case belongs to, with the counter's department as the catalog keeps it (ADR 0038).
 */
@Component
class AssessedCases {

    private final Intake intake;
    private final HallOrganisation hall;
    private final Clock clock;

    AssessedCases(Intake intake, HallOrganisation hall, Clock clock) {
        this.intake = intake;
        this.hall = hall;
        this.clock = clock;
    }

    /** The cases of one assessment, each read from intake once. */
    Read read() {
        Map<String, String> departments = new HashMap<>();
        for (HallCounter c : hall.counters()) {
            departments.put(c.number(), c.departmentCode() == null ? "" : c.departmentCode());
        }
        return new Read(new HashMap<>(), departments);
    }

    /** One assessment's reading: the cases read so far and the counters' departments. */
    final class Read {
        private final Map<String, IntakeCase> cases;
        private final Map<String, String> counterDepartments;

        private Read(Map<String, IntakeCase> cases, Map<String, String> counterDepartments) {
            this.cases = cases;
            this.counterDepartments = counterDepartments;
        }

        IntakeCase of(String number) {
            return cases.computeIfAbsent(number, intake::find);
        }

        /** The counter the case belongs to ({@link AssessedCases#counterOf(IntakeCase, ZoneId)}), if any. */
        Optional<String> counterOf(String number) {
            return Optional.ofNullable(AssessedCases.counterOf(of(number), clock.getZone()));
        }

        /** The department a counter belongs to; empty for a counter of the centre itself or one no longer listed. */
        String departmentOf(String counter) {
            return counterDepartments.getOrDefault(counter, "");
        }
    }

    /**
     * The counter a case belongs to: that of its first visit made on or before the day it was accepted — the counter
     * that received it (收件) or, for a case handed in online, that where the applicant came to hand in its materials or
     * to have it accepted (受理). Later visits (补正, picking up the result) do not move it. Null when that first visit
     * recorded no counter (its clerk sat at none, or it came before counters were recorded) and when the case had no
     * visit until its acceptance (an online case accepted remotely): such a case belongs to no counter.
     */
    static @Nullable String counterOf(IntakeCase c, ZoneId zone) {
        @Nullable LocalDate accepted = c.dates().acceptedOn();
        if (accepted == null || c.visits().isEmpty()) {
            return null;
        }
        Visit first = c.visits().get(0);
        LocalDate day = LocalDate.ofInstant(first.at(), zone);
        return day.isAfter(accepted) ? null : first.counter();
    }
}
