package org.onevisit.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

class DeliveryTests {

    private static final Instant NOW = Instant.parse("2026-10-19T01:00:00Z");
    private static final Address HOME = new Address("王五", "13912345678", "浙江省杭州市西湖区文三路100号");

    private static Delivery awaiting() {
        return Delivery.open("C-1", false, NOW);
    }

    private static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        });
    }

    @Test
    void a_result_collected_at_the_counter_is_laid_out_then_handed_over() {
        Delivery handed = awaiting().readyForPickup().handOver("clerk", NOW);

        assertThat(handed.status()).isEqualTo(DeliveryStatus.PICKED_UP);
        assertThat(handed.method()).isEqualTo(DeliveryMethod.PICKUP);
        assertThat(handed.handedOverBy()).isEqualTo("clerk");
        assertThat(handed.closedAt()).isEqualTo(NOW);
    }

    @Test
    void a_withheld_result_goes_nowhere_before_it_is_released() {
        Delivery withheld = Delivery.open("C-1", true, NOW);

        refused(withheld::readyForPickup, "delivery-withheld");
        refused(() -> withheld.ship(HOME, new Shipment("EMS", "E1")), "delivery-withheld");
        assertThat(withheld.release().status()).isEqualTo(DeliveryStatus.AWAITING_CHOICE);
        refused(() -> awaiting().release(), "delivery-wrong-state");
    }

    @Test
    void steps_out_of_order_are_conflicts() {
        refused(() -> awaiting().handOver("clerk", NOW), "delivery-wrong-state");
        refused(() -> awaiting().readyForPickup().ship(HOME, new Shipment("EMS", "E1")), "delivery-wrong-state");
        refused(() -> awaiting().track(TrackingStatus.DELIVERED, NOW), "delivery-wrong-state");
        Delivery delivered = awaiting().ship(HOME, new Shipment("EMS", "E1")).track(TrackingStatus.DELIVERED, NOW);
        refused(() -> delivered.track(TrackingStatus.RETURNED, NOW), "delivery-wrong-state");
    }

    @Test
    void the_same_news_twice_and_late_news_change_nothing() {
        Delivery shipped = awaiting().ship(HOME, new Shipment("EMS", "E1"));
        Delivery inTransit = shipped.track(TrackingStatus.IN_TRANSIT, NOW);
        Delivery delivered = inTransit.track(TrackingStatus.DELIVERED, NOW.plusSeconds(3600));

        assertThat(inTransit.track(TrackingStatus.IN_TRANSIT, NOW)).isSameAs(inTransit);
        assertThat(delivered.track(TrackingStatus.DELIVERED, NOW.plusSeconds(7200))).isSameAs(delivered);
        assertThat(delivered.track(TrackingStatus.IN_TRANSIT, NOW)).isSameAs(delivered);
        assertThat(delivered.closedAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void the_address_never_shows_in_full_in_text() {
        assertThat(HOME.toString()).doesNotContain("13912345678").doesNotContain("文三路100号").doesNotContain("王五");
    }
}
