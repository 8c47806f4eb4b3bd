package org.onevisit.delivery;

import org.onevisit.platform.DomainException;

/** A delivery step the delivery's state or the rules do not allow; nothing was changed. */
public class DeliveryRefused extends DomainException {

    DeliveryRefused(Kind kind, String code, String message, Object... args) {
        super(kind, code, message, args);
    }

    static DeliveryRefused wrongState(Delivery d, String action) {
        return new DeliveryRefused(Kind.CONFLICT, "delivery-wrong-state",
                "The delivery of case " + d.caseNumber() + " is " + d.status() + ": cannot " + action, d.caseNumber(),
                DomainException.label("delivery.status." + d.status().name(), d.status().name()),
                DomainException.label("delivery.action." + action, action));
    }

    static DeliveryRefused withheld(String caseNumber) {
        return new DeliveryRefused(Kind.CONFLICT, "delivery-withheld",
                "The result of case " + caseNumber + " is withheld until the pledged materials are supplied", caseNumber);
    }

    static DeliveryRefused notFound(String caseNumber) {
        return new DeliveryRefused(Kind.NOT_FOUND, "delivery-not-found", "Case " + caseNumber + " has no delivery",
                caseNumber);
    }

    static DeliveryRefused changed(String caseNumber) {
        return new DeliveryRefused(Kind.CONFLICT, "delivery-changed",
                "The delivery of case " + caseNumber + " was changed by someone else meanwhile", caseNumber);
    }
}
