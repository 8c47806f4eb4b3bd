package org.onevisit.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The statuses a step of an aggregate may be taken from, and the action the step is recorded and refused as: what an
 * enum of steps holds for each of its steps, so that the rule sits beside the step and a query finds the rows a step
 * applies to by the same list.
 *
 * @param <S> the aggregate's status
 */
public final class AllowedFrom<S extends Enum<S>> {

    private final String action;
    private final Set<S> statuses;

    private AllowedFrom(String action, Set<S> statuses) {
        this.action = action;
        this.statuses = Collections.unmodifiableSet(statuses);
    }

    @SafeVarargs
    public static <S extends Enum<S>> AllowedFrom<S> of(String action, S first, S... more) {
        return new AllowedFrom<>(action, EnumSet.of(first, more));
    }

    public String action() {
        return action;
    }

    public boolean allows(S status) {
        return statuses.contains(status);
    }

    public Set<S> statuses() {
        return statuses;
    }

    /** The statuses' names, as a query binds them to {@code status IN (:statuses)}. */
    public List<String> names() {
        return statuses.stream().map(Enum::name).toList();
    }
}
