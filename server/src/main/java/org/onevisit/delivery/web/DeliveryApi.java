package org.onevisit.delivery.web;

import java.security.Principal;

import org.onevisit.delivery.Deliveries;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The delivery of a case's results for counter systems: pickup at the counter or express. */
@JsonApi("/api/v1/cases/{number}/delivery")
@Tag(name = "Delivery", description = "送达：窗口领取、快递送达")
class DeliveryApi {

    static final String STAFF = "hasAnyRole('CLERK','CHIEF_REPRESENTATIVE','REVIEWER','COORDINATOR','SUPERVISOR','DEPARTMENT_HEAD','ADMIN')";
    static final String CLERKS = "hasRole('CLERK')";

    private final Deliveries deliveries;

    DeliveryApi(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "The delivery of a decided case's results, the address masked")
    DeliveryView delivery(@PathVariable @Size(max = Limits.NUMBER) String number) {
        return DeliveryView.of(deliveries.find(number));
    }

    @PostMapping("/release")
    @PreAuthorize(CLERKS)
    @Operation(summary = "Releases a result withheld under a 容缺 pledge once the pledge is kept")
    DeliveryView release(@PathVariable @Size(max = Limits.NUMBER) String number, Principal clerk) {
        return DeliveryView.of(deliveries.releaseIfPledgeKept(number, clerk.getName()));
    }

    @PostMapping("/pickup")
    @PreAuthorize(CLERKS)
    @Operation(summary = "The result lies at the counter for the applicant to collect")
    DeliveryView pickup(@PathVariable @Size(max = Limits.NUMBER) String number, Principal clerk) {
        return DeliveryView.of(deliveries.readyForPickup(number, clerk.getName()));
    }

    @PostMapping("/pickup/confirmation")
    @PreAuthorize(CLERKS)
    @Operation(summary = "The result was handed over at the counter: the case's last visit")
    DeliveryView handedOver(@PathVariable @Size(max = Limits.NUMBER) String number, Principal clerk) {
        return DeliveryView.of(deliveries.handOver(number, clerk.getName()));
    }

    @PostMapping("/express")
    @PreAuthorize(CLERKS)
    @Operation(summary = "Books the express shipment of the result, with the carrier and tracking number entered by hand")
    DeliveryView express(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody @Valid ExpressForm form, Principal clerk) {
        return DeliveryView.of(deliveries.ship(number, form.to(), form.carrier(), form.trackingNumber(), clerk.getName()));
    }
}
