package org.onevisit.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditRecord;

/** An audit entry as the page shows it: local time, each changed value with its value before and after. */
record AuditRow(long seq, String at, String subject, String subjectLabel, String subjectId, String action,
        String actionLabel, String actor, String channel, List<Change> changes, String hash) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A recorded field in words, with its value before and after in words; the key as recorded. */
    record Change(String key, String label, @Nullable String before, @Nullable String after) {
    }

    static AuditRow of(AuditRecord record, ZoneId zone, AuditWords words) {
        TreeSet<String> keys = new TreeSet<>(record.before().keySet());
        keys.addAll(record.after().keySet());
        List<Change> changes = keys.stream()
                .map(key -> new Change(key, words.field(key), text(words, key, record.before().get(key)),
                        text(words, key, record.after().get(key))))
                .toList();
        return new AuditRow(record.seq(), TIME.format(record.at().atZone(zone)), record.subject(),
                words.subject(record.subject()), record.subjectId(), record.action(), words.action(record.subject(), record.action()),
                words.actor(record.actor()), words.channel(record.channel()), changes, record.hash().substring(0, 12));
    }

    private static @Nullable String text(AuditWords words, String key, @Nullable String value) {
        return value == null ? null : words.value(key, value);
    }
}
