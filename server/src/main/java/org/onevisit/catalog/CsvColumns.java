package org.onevisit.catalog;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Lists and sets of names kept in one column as comma-separated text, as the catalog's tables store them. */
final class CsvColumns {

    private CsvColumns() {
    }

    static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static List<String> list(String csv) {
        return csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, String csv) {
        Set<E> set = EnumSet.noneOf(type);
        list(csv).forEach(s -> set.add(Enum.valueOf(type, s)));
        return set;
    }
}
