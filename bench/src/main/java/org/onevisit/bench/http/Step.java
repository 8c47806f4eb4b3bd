package org.onevisit.bench.http;

/** The requests of the mix, with how many of each a second the mix makes at its rate 1 (issue 20). */
enum Step {
    CREATE("create", 20, "POST /api/v1/cases (counter, Idempotency-Key)"),
    ACCEPT("accept", 20, "POST /api/v1/cases/{number}/acceptance"),
    OPINION("opinion", 80, "POST /api/v1/reviews/{id}/opinion"),
    DECIDE("decide", 20, "POST /api/v1/cases/{number}/items/{code}/decision"),
    STATUS("status", 200, "GET /api/v1/public/cases/{number}?phoneLastFour= (public)"),
    SEARCH("search", 100, "GET /api/v1/items?q= (public)"),
    INBOX("inbox", 50, "GET /api/v1/casework/inbox?department=");

    final String label;
    /** Requests a second at the mix's rate 1; accept, opinion and decide follow from the cases created. */
    final int perSecond;
    final String request;

    Step(String label, int perSecond, String request) {
        this.label = label;
        this.perSecond = perSecond;
        this.request = request;
    }

    /** Sent on the clock, whatever the answers: the mix's open arrivals. The others follow from earlier answers. */
    boolean scheduled() {
        return this == CREATE || this == STATUS || this == SEARCH || this == INBOX;
    }
}
