package org.onevisit.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditedChange;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantContact;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an applicant's account chose about its messages (ADR 0046): the channels they go by (SMS, e-mail, or both) and
 * the optional kinds switched off. Required kinds cannot be switched off; every message, sent or not, stays in the
 * applicant's message centre. The e-mail address and the language are the account's (people), set here together.
 */
@Service
public class MessagePreferences {

    /** The choice of an account that never chose: SMS, and e-mail too once it has an address; nothing switched off. */
    public static final Choice DEFAULT = new Choice(true, true, Set.of());

    /** The channels and the optional kinds (their {@link TextMessage#kind()}) switched off. */
    public record Choice(boolean bySms, boolean byEmail, Set<String> switchedOff) {

        public Choice {
            switchedOff = Set.copyOf(switchedOff);
        }

        /** Whether the message is sent at all: a required one always is. */
        boolean sends(TextMessage message) {
            return !message.optional() || !switchedOff.contains(message.kind());
        }
    }

    /** The whole of an account's settings: the choice, the e-mail address (in full, for its owner) and the language. */
    public record Settings(Choice choice, @Nullable String email, Language language) {
    }

    private final JdbcClient jdbc;
    private final ApplicantAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessagePreferences(JdbcClient jdbc, ApplicantAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The kinds an applicant may switch off, each once (two constants may share a kind), in the enum's order. */
    public static List<String> optionalKinds() {
        return Arrays.stream(TextMessage.values()).filter(TextMessage::optional).map(TextMessage::kind).distinct()
                .toList();
    }

    /** The kinds to applicants that are always sent (ADR 0046), each once, in the enum's order. */
    public static List<String> requiredKinds() {
        return Arrays.stream(TextMessage.values())
                .filter(m -> m.audience() == TextMessage.Audience.APPLICANT && !m.optional()).map(TextMessage::kind)
                .distinct().toList();
    }

    /** The account's choice; {@link #DEFAULT} when it never chose. */
    @ReadOnly
    public Choice of(String principal) {
        return jdbc.sql("SELECT by_sms, by_email, switched_off FROM notification_preference WHERE principal = ?")
                .param(principal)
                .query((rs, n) -> new Choice(rs.getBoolean(1), rs.getBoolean(2), kinds(rs.getString(3))))
                .optional().orElse(DEFAULT);
    }

    /** The account's settings, for its owner. */
    @ReadOnly
    public Settings settings(String principal) {
        ApplicantContact contact = contact(principal);
        return new Settings(of(principal), contact.email(), Language.of(contact.language()));
    }

    /**
     * Saves the account's settings, refused with a problem naming its field: {@code email} (malformed, or missing
     * while e-mail is chosen), {@code language}, {@code channels} (neither chosen), {@code switchedOff} (a kind that
     * is unknown or required). Audited.
     */
    @Transactional
    public Settings save(String principal, boolean bySms, boolean byEmail, Collection<String> switchedOff,
            @Nullable String email, @Nullable String language, String channel) {
        contact(principal);
        if (!bySms && !byEmail) {
            throw new DomainException(Kind.INVALID, "message-channels-none",
                    "Choose SMS, e-mail or both: required notices are always sent.", Map.of("field", "channels"));
        }
        if (byEmail && !bySms && (email == null || email.isBlank())) {
            throw new DomainException(Kind.INVALID, "message-email-missing", "Give the e-mail address to send to.",
                    Map.of("field", "email"));
        }
        Set<String> off = new TreeSet<>();
        for (String kind : switchedOff) {
            if (!optionalKinds().contains(kind)) {
                throw new DomainException(Kind.INVALID, "message-kind-required",
                        "Only optional messages can be switched off: " + kind, Map.of("field", "switchedOff"), kind);
            }
            off.add(kind);
        }
        accounts.updateContact(principal, email, language, channel);
        Choice before = of(principal);
        Choice after = new Choice(bySms, byEmail, off);
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        if (jdbc.sql("UPDATE notification_preference SET by_sms = ?, by_email = ?, switched_off = ?, updated_at = ?"
                        + " WHERE principal = ?").params(bySms, byEmail, String.join(",", off), now, principal).update() == 0) {
            jdbc.sql("INSERT INTO notification_preference (principal, by_sms, by_email, switched_off, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?)").params(principal, bySms, byEmail, String.join(",", off), now).update();
        }
        events.publishEvent(new AuditedChange("message-preferences", principal, "update", principal, channel,
                describe(before), describe(after), clock.instant()));
        return settings(principal);
    }

    private ApplicantContact contact(String principal) {
        return accounts.contact(principal).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "applicant-not-found", "The account no longer exists."));
    }

    private static Map<String, String> describe(Choice choice) {
        return Map.of("bySms", String.valueOf(choice.bySms()), "byEmail", String.valueOf(choice.byEmail()),
                "switchedOff", String.join(",", new TreeSet<>(choice.switchedOff())));
    }

    private static Set<String> kinds(@Nullable String stored) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String kind : (stored == null ? "" : stored).split(",")) {
            if (!kind.isBlank()) {
                kinds.add(kind.strip());
            }
        }
        return kinds;
    }
}
