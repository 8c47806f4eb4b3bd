package org.onevisit.audit.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.onevisit.audit.AuditNames;
import org.springframework.context.MessageSource;

/**
 * The audit trail in the reader's words: subjects, actions, channels, fields and coded values (statuses, roles, yes
 * and no) from the {@code supervision.audit.*} messages, people, departments and items by name ({@link AuditNames}).
 * What has no words yet is shown as recorded. Only what the page shows is translated: the records and their hashes are
 * untouched.
 */
final class AuditWords {

    private static final Pattern CODE_LIST = Pattern.compile("[A-Za-z0-9_.=-]+(,[A-Za-z0-9_.=-]+)+");
    private static final Pattern CODE_PAIR = Pattern.compile("[A-Za-z0-9_.-]+=[A-Z_]+");

    private final MessageSource messages;
    private final List<AuditNames> names;
    private final Locale locale;

    AuditWords(MessageSource messages, List<AuditNames> names, Locale locale) {
        this.messages = messages;
        this.names = names;
        this.locale = locale;
    }

    String subject(String subject) {
        return word("supervision.audit.subjectKind." + subject, subject);
    }

    /** An action in words: the subject's own word for it first ({@code open} a spot check), else the common one. */
    String action(String subject, String action) {
        String own = messages.getMessage("supervision.audit.act." + subject + "." + action, null, null, locale);
        return own != null ? own : word("supervision.audit.act." + action, action);
    }

    String channel(String channel) {
        return word("supervision.audit.via." + channel, channel);
    }

    String actor(String actor) {
        if (actor.equals("system")) {
            return word("supervision.audit.actor.system", actor);
        }
        return names.stream().map(n -> n.actor(actor, locale)).flatMap(Optional::stream).findFirst().orElse(actor);
    }

    String field(String field) {
        return word("supervision.audit.field." + field, field);
    }

    /**
     * A recorded value in words: a name for a code, a coded value's words, each part of a list ({@code a,b}) and of
     * a list of pairs ({@code key=STATUS}) on its own.
     */
    String value(String field, String value) {
        if (value.isEmpty()) {
            return value;
        }
        Optional<String> named = names.stream().map(n -> n.value(field, value, locale)).flatMap(Optional::stream)
                .findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        if (CODE_LIST.matcher(value).matches()) {
            return Arrays.stream(value.split(",")).map(part -> value(field, part.strip()))
                    .collect(Collectors.joining(separator()));
        }
        int equals = value.indexOf('=');
        if (CODE_PAIR.matcher(value).matches()) {
            return value.substring(0, equals) + "：" + value(field + ".part", value.substring(equals + 1));
        }
        String specific = messages.getMessage("supervision.audit.value." + field + "." + value, null, null, locale);
        if (specific != null) {
            return specific;
        }
        return word("supervision.audit.value." + value, value);
    }

    private String separator() {
        return "en".equals(locale.getLanguage()) ? ", " : "、";
    }

    private String word(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
