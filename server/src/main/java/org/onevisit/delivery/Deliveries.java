package org.onevisit.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Catalog;
import org.onevisit.people.Actors;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivering a decided case's results (送达): opened when the case's last item is decided, withheld while a 容缺 pledge
 * is open and released once it is kept, handed over at the counter or shipped by express, and the carrier's news of
 * the shipment. A person's action is the counter clerks' ({@link DeliveryPolicy}).
 */
@Service
@Transactional
public class Deliveries {

    /** The channel clerks' actions are recorded under: the counter. */
    private static final String COUNTER = "COUNTER";

    private final DeliveryRecords records;
    private final DeliveryChanges changes;
    private final Catalog catalog;
    private final Carrier carrier;
    private final Clock clock;
    private final Actors actors;

    Deliveries(DeliveryRecords records, DeliveryChanges changes, Catalog catalog, Carrier carrier, Clock clock,
            Actors actors) {
        this.actors = actors;
        this.records = records;
        this.changes = changes;
        this.catalog = catalog;
        this.carrier = carrier;
        this.clock = clock;
    }

    @ReadOnly
    public Delivery find(String caseNumber) {
        return records.find(caseNumber).orElseThrow(() -> DeliveryRefused.notFound(caseNumber));
    }

    @ReadOnly
    public List<Delivery> inStatus(DeliveryStatus status, int limit) {
        return records.inStatus(status, Math.min(Math.max(limit, 1), 500));
    }

    /**
     * The delivery of a case whose last item was just decided, with the items whose results it hands over
     * ({@code code@version}): withheld while the case's 容缺 pledge is open, otherwise waiting for the applicant's choice
     * of pickup or express. One delivery per case: asked again, nothing changes.
     */
    public void open(String caseNumber, boolean withheld, List<String> items) {
        changes.open(Delivery.open(caseNumber, withheld, clock.instant()), items, "system");
    }

    /** The case's pledge was kept: a result withheld for it may go out. Nothing when there is no withheld result. */
    public void releaseWithheld(String caseNumber) {
        records.find(caseNumber).filter(d -> d.status() == DeliveryStatus.WITHHELD)
                .ifPresent(d -> changes.change(d, d.release(), "releaseResult", "system", "SYSTEM"));
    }

    /**
     * The delivery as a clerk sees it before acting: a withheld result is released as soon as the case's pledge is
     * kept, so asking again answers it as it is.
     */
    public Delivery releaseIfPledgeKept(String caseNumber, String clerk) {
        return current(caseNumber, clerk);
    }

    /** The result lies at the counter for the applicant to collect. */
    public Delivery readyForPickup(String caseNumber, String clerk) {
        Delivery d = current(caseNumber, clerk);
        return changes.change(d, d.readyForPickup(), "readyForPickup", clerk, COUNTER);
    }

    /** Handed over at the counter: the applicant's visit for the result, and the case's end. */
    public Delivery handOver(String caseNumber, String clerk) {
        Delivery d = current(caseNumber, clerk);
        return changes.change(d, d.handOver(clerk, clock.instant()), "handOver", clerk, COUNTER);
    }

    /**
     * Books the express shipment of the result, when every item of the case with a document as its result allows
     * results by express (是否支持办件结果邮寄).
     */
    public Delivery ship(String caseNumber, Address to, String carrierName, String trackingNumber, String clerk) {
        Delivery d = current(caseNumber, clerk);
        List<String> refused = records.itemsOf(caseNumber).stream().map(this::published)
                .filter(i -> !expressAllowed(i)).map(org.onevisit.catalog.ItemDetails::name).toList();
        if (!refused.isEmpty()) {
            throw new DeliveryRefused(Kind.RULE_VIOLATED, "delivery-express-not-allowed",
                    "Results of " + String.join("、", refused) + " are not sent by express", String.join("、", refused));
        }
        d.ship(to, new Shipment(carrierName, trackingNumber)); // the state is checked before the carrier is asked
        Shipment booked = carrier.book(new DeliveryRequest(caseNumber, to, carrierName, trackingNumber));
        if (records.trackingNumberTaken(booked.trackingNumber())) {
            throw trackingNumberTaken(booked);
        }
        try {
            return changes.change(d, d.ship(to, booked), "bookExpress", clerk, COUNTER);
        } catch (DuplicateKeyException bookedMeanwhile) {
            throw trackingNumberTaken(booked);
        }
    }

    /**
     * What a carrier reports of a shipment. The same report twice changes nothing, so a carrier may retry.
     *
     * @param at when the carrier saw it; now, when the report does not say
     */
    public Delivery track(String carrierKey, String trackingNumber, TrackingStatus status, @Nullable Instant at) {
        Delivery d = records.byTrackingNumber(trackingNumber).orElseThrow(() -> new DeliveryRefused(Kind.NOT_FOUND,
                "delivery-tracking-number-unknown", "No shipment " + trackingNumber, trackingNumber));
        return changes.change(d, d.track(status, at == null ? clock.instant() : at), "track", "carrier:" + carrierKey,
                "SYSTEM");
    }

    /** The delivery as a clerk acts on it. */
    private Delivery current(String caseNumber, String clerk) {
        Delivery d = find(caseNumber);
        DeliveryPolicy.check(actors.of(clerk));
        return d;
    }

    private org.onevisit.catalog.ItemDetails published(String reference) {
        int at = reference.lastIndexOf('@');
        return catalog.published(reference.substring(0, at), Integer.parseInt(reference.substring(at + 1)));
    }

    /** An item whose result is no document (e.g. a utility account transferred) has nothing to ship and blocks nothing. */
    private static boolean expressAllowed(org.onevisit.catalog.ItemDetails details) {
        return details.expressAllowed() || details.resultType() == org.onevisit.catalog.ResultType.OTHER;
    }

    private static DeliveryRefused trackingNumberTaken(Shipment s) {
        return new DeliveryRefused(Kind.CONFLICT, "delivery-tracking-number-taken",
                "Tracking number " + s.trackingNumber() + " is on another shipment", s.trackingNumber());
    }
}
