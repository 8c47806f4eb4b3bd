package org.onevisit.intake;

import java.time.LocalDate;

import org.springframework.context.ApplicationContext;

/**
 * The scale benchmark's way into intake's tables, part of the benchmarks and never of the server: a generated case is
 * numbered by the day's counter and stored by intake's own repository, which seals the applicant's and the agent's
 * personal data and indexes the applicant for the search by identifier, as for a case handed in at the counter. In
 * intake's package because the repository and the counter are package-private; both are the product's beans. Call it
 * inside a transaction of the product's, as the case's number is taken in the transaction that stores the case.
 */
public final class ScaleFillIntake {

    private final Cases cases;
    private final CaseNumbers numbers;

    public ScaleFillIntake(ApplicationContext product) {
        this.cases = product.getBean(Cases.class);
        this.numbers = product.getBean(CaseNumbers.class);
    }

    /** The day's next case number. */
    public CaseNumber number(LocalDate day) {
        return numbers.next(day);
    }

    /** Stores a case whose personal data is in clear; no portal account, as for a case of the counter. */
    public void store(IntakeCase c) {
        cases.insert(c, null);
    }
}
