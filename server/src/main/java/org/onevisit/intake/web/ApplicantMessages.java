package org.onevisit.intake.web;

import java.util.List;

import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.Notifications.SubjectMessage;
import org.springframework.stereotype.Component;

/**
 * The message centre's content: what the notification outbox holds about the applicant's own cases — the cases
 * {@link Intake} counts as theirs — the newest first, the phone masked.
 */
@Component
class ApplicantMessages {

    static final int LIMIT = 500;
    static final int CASES = 100;

    private final Intake intake;
    private final Notifications notifications;

    ApplicantMessages(Intake intake, Notifications notifications) {
        this.intake = intake;
        this.notifications = notifications;
    }

    /**
     * The messages about the applicant's cases (those of the account and, once verified, those filed at the counter
     * under its ID number), about the newest {@value #CASES} of them.
     */
    List<SubjectMessage> of(String account) {
        return notifications.aboutAny(intake.ofAccount(account, 0, CASES).cases().stream().map(c -> c.number().value())
                .toList(), LIMIT);
    }

    /** The applicant's messages about one of their cases. */
    List<SubjectMessage> about(IntakeCase c) {
        return notifications.aboutAny(List.of(c.number().value()), LIMIT);
    }
}
