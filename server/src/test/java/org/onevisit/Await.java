package org.onevisit;

import java.util.function.BooleanSupplier;

import org.onevisit.delivery.Deliveries;
import org.onevisit.delivery.Delivery;
import org.onevisit.platform.DomainException;

/** Bounded waits for what module listeners do after a commit, for the story tests. */
final class Await {

    private Await() {
    }

    /** Polls for up to ten seconds; the caller asserts afterwards, so a wait that ran out fails there. */
    static void until(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
    }

    /** The delivery of a case, once every item is decided and the delivery module has opened it. */
    static Delivery deliveryOf(Deliveries deliveries, String caseNumber) throws InterruptedException {
        until(() -> {
            try {
                return deliveries.find(caseNumber) != null;
            } catch (DomainException notYet) {
                return false;
            }
        });
        return deliveries.find(caseNumber);
    }
}
