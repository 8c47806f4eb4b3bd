package org.onevisit.delivery;

import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who hands out a case's results (统一窗口出件): the counter clerks — laying a result out for pickup, handing it over,
 * booking its express shipment, releasing it once a pledge is kept. The departments decide, the counter delivers; the
 * centre's other staff do neither.
 */
final class DeliveryPolicy {

    private DeliveryPolicy() {
    }

    static void check(Actor who) {
        if (!who.holds(StaffRole.CLERK)) {
            throw new DomainException(Kind.FORBIDDEN, "delivery-counter-clerks-only",
                    "Only counter clerks hand out results", who.name());
        }
    }
}
