package org.onevisit.platform;

import java.util.List;

/**
 * A module's check for default or demo keys and passwords, run when the application starts with demo data off
 * ({@code onevisit.demo-data=false}, the production set-up): any problem found keeps the application from starting,
 * with one message that lists every problem of every module and how to fix it ({@link ProductionGate}). With demo data
 * on, as for a trial, nothing is checked.
 */
public interface ProductionCheck {

    /** What is unsafe for production in this module's keys, secrets and accounts; empty when nothing is. */
    List<ProductionProblem> problems();
}
