package org.onevisit.supervision;

import org.onevisit.platform.DemoSeeds;
import org.onevisit.platform.StartupData;
import org.onevisit.supervision.complaints.Complainant;
import org.onevisit.supervision.complaints.Complaint;
import org.onevisit.supervision.complaints.ComplaintCategory;
import org.onevisit.supervision.complaints.ComplaintChannel;
import org.onevisit.supervision.complaints.ComplaintHandling;
import org.onevisit.supervision.complaints.Complaints;
import org.onevisit.supervision.complaints.NewComplaint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo cases' complaint (ADR 0039), made once per database with {@code onevisit.demo-data} and
 * {@code onevisit.demo-cases}, after the demo cases: a demo applicant complains at the counter of the wait at market
 * regulation's window; the supervisor accepts it and routes it to the department, whose head answers it the same
 * day, and the supervisor closes it — through the complaints' own steps, so that the assessment counts it. Here and
 * not with the demo cases in {@code evaluation}, which reads supervision only through its root's figures.
 */
@Component
@Order(DemoComplaint.ORDER)
@ConditionalOnBooleanProperty(name = {"onevisit.demo-data", "onevisit.demo-cases"})
class DemoComplaint implements StartupData {

    /** After the demo cases (200). */
    static final int ORDER = 210;
    static final String SEED = "demo-complaint";

    private static final Logger log = LoggerFactory.getLogger(DemoComplaint.class);

    private final Complaints complaints;
    private final ComplaintHandling handling;
    private final DemoSeeds seeds;
    private final TransactionTemplate transaction;

    DemoComplaint(Complaints complaints, ComplaintHandling handling, DemoSeeds seeds,
            PlatformTransactionManager transactions) {
        this.complaints = complaints;
        this.handling = handling;
        this.seeds = seeds;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void load() {
        try {
            transaction.executeWithoutResult(status -> {
                if (seeds.claim(SEED)) {
                    complain();
                }
            });
        } catch (RuntimeException e) {
            log.warn("The demo complaint could not be made; the demo starts without it and tries again at the next start",
                    e);
        }
    }

    private void complain() {
        Complaint c = complaints.file(new NewComplaint(ComplaintChannel.COUNTER, ComplaintCategory.SERVICE_EFFICIENCY,
                "在市场主体登记窗口排队等候较久，希望高峰时段增开窗口。（演示）", null, null,
                Complainant.named("郭子涵（演示）", "13800990099"), "demo-complaint-1"), "clerk").complaint();
        c = handling.accept(c.number(), c.version(), "supervisor");
        c = handling.route(c.number(), c.version(), "SCJG", "supervisor");
        c = handling.answer(c.number(), c.version(), "已在高峰时段增开企业开办窗口，并向投诉人说明。（演示）", "scjg-head");
        handling.close(c.number(), c.version(), "部门已整改并答复，投诉人表示认可。（演示）", "supervisor");
    }
}
