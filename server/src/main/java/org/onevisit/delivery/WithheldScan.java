package org.onevisit.delivery;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake tells no one when a pledge is kept, so withheld results are checked now and then and released once
 * their case's pledged materials are in. Withheld rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so any
 * number of nodes run the scan without releasing a result twice.
 */
@Component
class WithheldScan {

    private final DeliveryRecords records;
    private final Deliveries deliveries;

    WithheldScan(DeliveryRecords records, Deliveries deliveries) {
        this.records = records;
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelayString = "${onevisit.delivery.scan-delay:PT5M}")
    @Transactional
    public int releaseKeptPledges() {
        int released = 0;
        for (Delivery withheld : records.claimWithheld(200)) {
            if (deliveries.releaseIfPledgeKept(withheld, "system", "SYSTEM").status() != DeliveryStatus.WITHHELD) {
                released++;
            }
        }
        return released;
    }
}
