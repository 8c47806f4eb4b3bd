package org.onevisit.supervision.alerts;

import org.onevisit.people.AlertRecipients.Responsibility;

import java.util.EnumSet;
import java.util.Set;

/** How serious an alert is (预警纠错), each level raised once per clock; each names whom it goes to. */
public enum AlertLevel {

    /** 预警: the deadline is near; to the handler and the department's chief representative. */
    WARNING(EnumSet.of(Responsibility.HANDLER, Responsibility.CHIEF)),
    /** 黄牌: the deadline passed; to the department's head and every supervisor, with a period to handle and answer it. */
    YELLOW(EnumSet.of(Responsibility.HEAD, Responsibility.SUPERVISOR)),
    /** 红牌: the yellow card's period passed unanswered; to the same, and referred for accountability. */
    RED(EnumSet.of(Responsibility.HEAD, Responsibility.SUPERVISOR));

    private final Set<Responsibility> recipients;

    AlertLevel(Set<Responsibility> recipients) {
        this.recipients = recipients;
    }

    /** Whom an alert of this level goes to. */
    public Set<Responsibility> recipients() {
        return EnumSet.copyOf(recipients);
    }
}
