/**
 * 预警纠错: the alerts of electronic supervision. A timer watches every review step's and every case's deadline, and
 * the counter's answers due at intake ({@link org.onevisit.casework.WatchedClocks}, from casework and intake) and raises a reminder (预警) before it, a yellow card (黄牌) when it
 * passed, with a period to handle and answer it, and a red card (红牌) with a referral for accountability when that
 * period passed too; each alert is recorded once, sent through the notification outbox, acknowledged and answered.
 * The alerts still open are shown in casework's inbox through {@link org.onevisit.casework.OpenAlerts}.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.supervision.alerts;
