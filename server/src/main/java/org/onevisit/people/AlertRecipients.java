package org.onevisit.people;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who receives an alert (预警纠错) for a responsibility, as supervision asks the staff register. Only enabled accounts
 * are named.
 */
public interface AlertRecipients {

    /** The login names of the enabled staff who bear {@code responsibility}, of {@code department} when given. */
    List<String> holding(Responsibility responsibility, @Nullable String department);

    /** Whether {@code username} is an enabled staff account, to be told of a clock they hold in person. */
    boolean enabled(String username);

    /** What a recipient answers for. */
    enum Responsibility {
        /** 经办人: the official who holds the clock in person (the receiving clerk), else the department's reviewers. */
        HANDLER,
        /** 首席代表: the department's chief representative in the centre. */
        CHIEF,
        /** 部门主要负责人: the department's principal head. */
        HEAD,
        /** 监督人员: every supervisor. */
        SUPERVISOR
    }
}
