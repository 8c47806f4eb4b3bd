package org.onevisit.platform;

/**
 * A default or demo key or password found at start-up with demo data off, and how the operator removes it.
 *
 * @param problem what was found, naming the setting, file or accounts, never a secret's value
 * @param fix what to do about it
 */
public record ProductionProblem(String problem, String fix) {
}
