package org.onevisit.postal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onevisit.intake.Channel;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.Submission;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scanning a registered mail item's materials into its case (邮寄收件建件): the case is received by intake on the POSTAL
 * channel, under the counter's own rules — the same checks, checklist, one form and answers (受理, 一次性告知, 容缺,
 * 不予受理) on the counter's workbench — with no visit, and with the result to go back by express to the sender unless
 * the letter asks otherwise (ADR 0044).
 */
@Service
public class PostalCases {

    /**
     * The keys of the one form under which a case carries the applicant's choice of delivery, as the portal writes it
     * (intake's {@code DeliveryChoice}, ADR 0020) and delivery's {@code DeliveryChoices} reads it.
     */
    static final String METHOD = "delivery.method";
    static final String RECIPIENT = "delivery.recipient";
    static final String PHONE = "delivery.phone";
    static final String ADDRESS = "delivery.address";
    /** The longest idempotency key: intake keeps it with this module's prefix, in 100 characters. */
    static final int KEY = 80;

    private final MailItems items;
    private final PostalDesk desk;
    private final Intake intake;
    private final JdbcClient jdbc;

    PostalCases(MailItems items, PostalDesk desk, Intake intake, JdbcClient jdbc) {
        this.items = items;
        this.desk = desk;
        this.intake = intake;
        this.jdbc = jdbc;
    }

    /**
     * Makes the item's case with the scanned files (material key to the ids {@link org.onevisit.intake.ScannedMaterials}
     * gave them), and marks the item as made into it. One case an item: the item is locked while its case is made, and
     * a retry with the same key answers the case the first made; any other attempt on an item no longer registered is
     * a conflict.
     */
    @Transactional
    public IntakeCase createCase(long id, PostalApplication application, Map<String, List<String>> files, String clerk) {
        desk.check(clerk);
        if (application.idempotencyKey().isBlank() || application.idempotencyKey().strip().length() > KEY) {
            throw keyMissing();
        }
        lock(id);
        MailItem item = items.find(id).orElseThrow(() -> PostalItems.notFound(id));
        String key = "postal:" + id + ":" + application.idempotencyKey().strip();
        if (!item.state().allowsCase()) {
            return intake.byIdempotencyKey(key).filter(c -> c.number().value().equals(item.caseNumber()))
                    .orElseThrow(() -> PostalItems.notInState(item));
        }
        IntakeCase c = intake.submit(new Submission(key, Channel.POSTAL, application.subject(), application.bundle(),
                application.applicant(), application.agent(), withExpressBack(application.form(), item.sender()),
                application.materials(), false, null), files, clerk);
        items.move(id, MailItemState.REGISTERED, MailItemState.CASE_CREATED, c.number().value(), null, "makeCase", clerk,
                "COUNTER");
        return c;
    }

    /** The result goes back by express to the sender, unless the form already says how it goes. */
    private static Map<String, String> withExpressBack(Map<String, String> form, Sender sender) {
        if (form.containsKey(METHOD)) {
            return form;
        }
        Map<String, String> with = new LinkedHashMap<>(form);
        with.put(METHOD, org.onevisit.delivery.DeliveryMethod.EXPRESS.name());
        with.put(RECIPIENT, sender.name());
        with.put(PHONE, sender.phone());
        with.put(ADDRESS, sender.address());
        return with;
    }

    private void lock(long id) {
        if (jdbc.sql("SELECT id FROM postal_mail_item WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
                .isEmpty()) {
            throw PostalItems.notFound(id);
        }
    }

    private static DomainException keyMissing() {
        return new DomainException(Kind.INVALID, "postal-idempotency-key-missing",
                "An Idempotency-Key (1 to 100 characters) is required");
    }
}
