package org.onevisit.evaluation;

/**
 * Where a rating was given. The online channels (网上服务“一事一评”) rate the service with the online indicators, the
 * offline ones (现场服务“一次一评”) with the offline ones.
 */
public enum RatingChannel {
    /** The applicant's portal (政务服务网), signed in. */
    PORTAL(true),
    /** The mobile app, signed in. */
    APP(true),
    /** The one-time link in a text message, without signing in. */
    SMS(true),
    /** The pad at the counter (评价器), which the clerk hands to the applicant. */
    COUNTER_PAD(false),
    /** A self-service kiosk in the hall. */
    KIOSK(false);

    private final boolean online;

    RatingChannel(boolean online) {
        this.online = online;
    }

    public boolean online() {
        return online;
    }
}
