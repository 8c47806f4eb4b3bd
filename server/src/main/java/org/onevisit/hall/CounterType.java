package org.onevisit.hall;

import java.util.List;
import java.util.Locale;

/**
 * A kind of counter the hall queues for, named by the letter the hall's counter numbers start with (A 综合受理:
 * A01–A03; B 部门窗口: B01…): a ticket is for a type, and any counter of the type calls it.
 *
 * @param code the letters the numbers of its counters start with, e.g. {@code A}
 * @param counters the numbers of its counters, in order
 */
public record CounterType(String code, String nameZh, String nameEn, List<String> counters) {

    public CounterType {
        counters = List.copyOf(counters);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
