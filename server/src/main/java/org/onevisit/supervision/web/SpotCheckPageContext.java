package org.onevisit.supervision.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.onevisit.audit.AuditNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the spot checks' and the groups' pages need to show names, times and messages. */
@Component
class SpotCheckPageContext {

    private final List<AuditNames> names;
    private final MessageSource messages;
    private final Clock clock;

    SpotCheckPageContext(ObjectProvider<AuditNames> names, MessageSource messages, Clock clock) {
        this.names = names.orderedStream().toList();
        this.messages = messages;
        this.clock = clock;
    }

    SpotCheckWords words(Locale locale) {
        return new SpotCheckWords(names, locale, clock.getZone());
    }

    MessageSource messages() {
        return messages;
    }
}
