package org.onevisit.postal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.delivery.ResultDelivered;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail items applications arrive in (邮寄件): registered on arrival — the sender told by text message that the
 * materials came — listed by state, returned to the sender when not acceptable (told why), and closed when the result
 * of their case reaches the sender. Making an item's case is {@link PostalCases}. Only the counter's clerks do this
 * work ({@link PostalDesk}).
 */
@Service
@Transactional
public class PostalItems {

    /** The most items a list shows. */
    public static final int LIST_LIMIT = 200;
    static final int REASON = 500;

    private final MailItems items;
    private final TrackingNumberRule rule;
    private final PostalDesk desk;
    private final Notifications notifications;
    private final Clock clock;

    PostalItems(MailItems items, TrackingNumberRule rule, PostalDesk desk, Notifications notifications, Clock clock) {
        this.items = items;
        this.rule = rule;
        this.desk = desk;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Registers a mail item that arrived, and texts the sender. A tracking number registered before is a conflict; a day
     * of arrival after today is invalid.
     */
    public MailItem register(NewMailItem item, String clerk) {
        desk.check(clerk);
        String number = rule.parse(item.trackingNumber());
        if (item.receivedOn().isAfter(LocalDate.now(clock))) {
            throw new DomainException(Kind.INVALID, "postal-received-in-future", "The item cannot arrive after today",
                    Map.of("field", "receivedOn"), item.receivedOn().toString());
        }
        long id;
        try {
            id = items.insert(number, item, clerk, clock.instant());
        } catch (DuplicateKeyException registeredBefore) {
            throw new DomainException(Kind.CONFLICT, "postal-tracking-number-taken",
                    "Tracking number " + number + " is registered already", Map.of("field", "trackingNumber"), number);
        }
        notifications.text(item.sender().phone(), subject(id), TextMessage.POSTAL_RECEIVED,
                Map.of("subject", item.appliedFor(), "number", number, "receivedOn",
                        item.receivedOn().format(DateTimeFormatter.ISO_LOCAL_DATE)));
        return find(id);
    }

    @ReadOnly
    public MailItem find(long id) {
        return items.find(id).orElseThrow(() -> notFound(id));
    }

    /** The items in the state (all, when null), the latest arrivals first, at most {@value #LIST_LIMIT}. */
    @ReadOnly
    public List<MailItem> list(@Nullable MailItemState state) {
        return items.list(state, LIST_LIMIT);
    }

    /** The mail item a case was made from, if it came by post. */
    @ReadOnly
    public java.util.Optional<MailItem> ofCase(String caseNumber) {
        return items.ofCase(caseNumber);
    }

    /** The item's materials go back to the sender, not acceptable as sent; the sender is texted the reason. */
    public MailItem returnToSender(long id, String reason, String clerk) {
        desk.check(clerk);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON) {
            throw new DomainException(Kind.INVALID, "postal-return-reason-missing",
                    "Say why the item goes back (1 to 500 characters)", Map.of("field", "reason"));
        }
        MailItem item = find(id);
        if (!item.state().allowsReturn() || !items.move(id, MailItemState.REGISTERED, MailItemState.RETURNED_TO_SENDER,
                null, why, "returnToSender", clerk, "COUNTER")) {
            throw notInState(item);
        }
        notifications.text(item.sender().phone(), subject(id), TextMessage.POSTAL_RETURNED,
                Map.of("subject", item.appliedFor(), "number", item.trackingNumber(), "reason", why));
        return find(id);
    }

    /** A postal case's result reached the sender: its mail item is done. Told twice, nothing changes. */
    @EventListener
    void on(ResultDelivered delivered) {
        items.ofCase(delivered.caseNumber()).filter(i -> i.state() == MailItemState.CASE_CREATED)
                .ifPresent(i -> items.move(i.id(), MailItemState.CASE_CREATED, MailItemState.RESULT_RETURNED, null, null,
                        "resultReturned", delivered.by(), "SYSTEM"));
    }

    /** What the texts about an item are filed under, e.g. {@code postal:12}. */
    public static String subject(long id) {
        return "postal:" + id;
    }

    static DomainException notFound(long id) {
        return new DomainException(Kind.NOT_FOUND, "postal-item-not-found", "No mail item " + id, String.valueOf(id));
    }

    static DomainException notInState(MailItem item) {
        return new DomainException(Kind.CONFLICT, "postal-item-done",
                "Mail item " + item.trackingNumber() + " is " + item.state(), item.trackingNumber());
    }
}
