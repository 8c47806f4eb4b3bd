package org.onevisit.supervision.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.onevisit.supervision.AuditRecord;

/** An audit entry as the page shows it: local time, each changed value with its value before and after. */
record AuditRow(long seq, String at, String subject, String subjectId, String action, String actor, String channel,
        List<Change> changes, String hash) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    record Change(String key, @Nullable String before, @Nullable String after) {
    }

    static AuditRow of(AuditRecord record, ZoneId zone) {
        TreeSet<String> keys = new TreeSet<>(record.before().keySet());
        keys.addAll(record.after().keySet());
        List<Change> changes = keys.stream()
                .map(key -> new Change(key, record.before().get(key), record.after().get(key))).toList();
        return new AuditRow(record.seq(), TIME.format(record.at().atZone(zone)), record.subject(), record.subjectId(),
                record.action(), record.actor(), record.channel(), changes, record.hash().substring(0, 12));
    }
}
