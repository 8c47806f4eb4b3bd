package org.onevisit.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.onevisit.casework.DelegatedDecision;
import org.onevisit.casework.DelegatedDecisionRecords;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.stereotype.Component;

/**
 * The population of a spot check: every decision taken under the department's delegation in the period, a decision
 * falling on the day of its time in the centre's zone. Only a period that has ended is checked, so that its population
 * never grows after the check is opened (a decision is stored with the time it is taken, never an earlier one) and
 * anyone can find it again.
 */
@Component
class Populations {

    private final DelegatedDecisionRecords decisions;
    private final Clock clock;

    Populations(DelegatedDecisionRecords decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The period's population, by case number, then item code. */
    List<DelegatedDecision> of(String department, SpotPeriod period) {
        return decisions.of(department, period.start(clock.getZone()), period.end(clock.getZone())).stream()
                .sorted(Comparator.comparing(DelegatedDecision::caseNumber).thenComparing(DelegatedDecision::itemCode))
                .toList();
    }

    /** As {@link #of}, refusing a period not over yet, or without a delegated decision. */
    List<DelegatedDecision> ofEnded(String department, SpotPeriod period) {
        if (!period.to().isBefore(LocalDate.now(clock))) {
            throw new DomainException(Kind.RULE_VIOLATED, "spot-check-period-not-over",
                    "The period " + period.text() + " is not over yet.", period.text());
        }
        List<DelegatedDecision> population = of(department, period);
        if (population.isEmpty()) {
            throw new DomainException(Kind.RULE_VIOLATED, "spot-check-population-empty",
                    "No decision was taken under the delegation of " + department + " in " + period.text() + ".",
                    department, period.text());
        }
        return population;
    }
}
