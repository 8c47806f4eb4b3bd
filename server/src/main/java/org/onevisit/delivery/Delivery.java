package org.onevisit.delivery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.AllowedFrom;

/**
 * The delivery (送达) of one case's results: withheld while a 容缺 pledge is open, then handed over at the counter
 * or shipped by express. Each transition is a verb the clerks use, checks the state, and returns the delivery as
 * it is afterwards.
 *
 * @param method how the applicant chose to receive the result; empty until chosen
 * @param to where an express shipment goes; empty for a pickup
 * @param handedOverBy the clerk who handed the result over at the counter
 * @param closedAt when the result was handed over, signed for or returned
 */
public record Delivery(long id, String caseNumber, DeliveryStatus status, @Nullable DeliveryMethod method,
        @Nullable Address to, @Nullable Shipment shipment, @Nullable String handedOverBy, @Nullable Instant closedAt,
        Instant createdAt, long version) {

    /** The steps of a delivery, each with the statuses it may be taken from; its name is the action refused. */
    enum Step {
        RELEASE("release", DeliveryStatus.WITHHELD),
        READY_FOR_PICKUP("readyForPickup", DeliveryStatus.AWAITING_CHOICE),
        HAND_OVER("handOver", DeliveryStatus.PICKUP_READY),
        SHIP("ship", DeliveryStatus.AWAITING_CHOICE),
        IN_TRANSIT("IN_TRANSIT", DeliveryStatus.SHIPMENT_CREATED),
        DELIVERED("DELIVERED", DeliveryStatus.SHIPMENT_CREATED, DeliveryStatus.IN_TRANSIT),
        RETURNED("RETURNED", DeliveryStatus.SHIPMENT_CREATED, DeliveryStatus.IN_TRANSIT);

        private final AllowedFrom<DeliveryStatus> rule;

        Step(String action, DeliveryStatus first, DeliveryStatus... more) {
            this.rule = AllowedFrom.of(action, first, more);
        }

        /** The carrier's report as a step. */
        static Step reported(TrackingStatus reported) {
            return valueOf(reported.status().name());
        }
    }

    /** A new delivery, withheld or waiting for the applicant's choice. */
    static Delivery open(String caseNumber, boolean withheld, Instant now) {
        return new Delivery(0, caseNumber, withheld ? DeliveryStatus.WITHHELD : DeliveryStatus.AWAITING_CHOICE, null, null,
                null, null, null, now, 0);
    }

    private void require(Step step) {
        if (status == DeliveryStatus.WITHHELD && step != Step.RELEASE) {
            throw DeliveryRefused.withheld(caseNumber);
        }
        if (!step.rule.allows(status)) {
            throw DeliveryRefused.wrongState(this, step.rule.action());
        }
    }

    /** The pledge was kept: the result may go out. */
    Delivery release() {
        require(Step.RELEASE);
        return with(DeliveryStatus.AWAITING_CHOICE, method, to, shipment, handedOverBy, closedAt);
    }

    Delivery readyForPickup() {
        require(Step.READY_FOR_PICKUP);
        return with(DeliveryStatus.PICKUP_READY, DeliveryMethod.PICKUP, null, null, null, null);
    }

    Delivery handOver(String clerk, Instant at) {
        require(Step.HAND_OVER);
        return with(DeliveryStatus.PICKED_UP, method, to, shipment, clerk, at);
    }

    Delivery ship(Address address, Shipment booked) {
        require(Step.SHIP);
        return with(DeliveryStatus.SHIPMENT_CREATED, DeliveryMethod.EXPRESS, address, booked, null, null);
    }

    /**
     * What the carrier reports. The same report twice changes nothing, and news of the shipment being under way
     * that arrives after it was delivered or returned is late and changes nothing either.
     */
    Delivery track(TrackingStatus reported, Instant at) {
        DeliveryStatus next = reported.status();
        if (next == status || (next == DeliveryStatus.IN_TRANSIT && status.closed() && method == DeliveryMethod.EXPRESS)) {
            return this;
        }
        require(Step.reported(reported));
        return with(next, method, to, shipment, handedOverBy, next.closed() ? at : null);
    }

    /** The delivery as stored after an update: one version further. */
    Delivery stored() {
        return new Delivery(id, caseNumber, status, method, to, shipment, handedOverBy, closedAt, createdAt, version + 1);
    }

    private Delivery with(DeliveryStatus s, @Nullable DeliveryMethod m, @Nullable Address a, @Nullable Shipment sh,
            @Nullable String clerk, @Nullable Instant closed) {
        return new Delivery(id, caseNumber, s, m, a, sh, clerk, closed, createdAt, version);
    }
}
