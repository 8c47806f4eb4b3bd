package org.onevisit.hall;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.onevisit.catalog.CounterKind;
import org.onevisit.catalog.HallCounter;
import org.onevisit.catalog.HallOrganisation;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.stereotype.Service;

/**
 * The counter types, derived from the hall's counters as the catalog keeps them: the letters a counter's number
 * starts with are its type, and the type is named after the kind most of its counters have (综合受理窗口, 部门窗口…).
 */
@Service
public class CounterTypes {

    private static final Pattern LETTERS = Pattern.compile("^([A-Z]{1,8})[0-9]");

    private final HallOrganisation organisation;

    CounterTypes(HallOrganisation organisation) {
        this.organisation = organisation;
    }

    /** Every type with at least one counter, in the order of their letters. */
    public List<CounterType> all() {
        Map<String, List<HallCounter>> byType = new TreeMap<>();
        for (HallCounter c : organisation.counters()) {
            typeCodeOf(c.number()).ifPresent(t -> byType.computeIfAbsent(t, k -> new ArrayList<>()).add(c));
        }
        List<CounterType> types = new ArrayList<>();
        byType.forEach((code, counters) -> {
            CounterKind kind = counters.stream().collect(Collectors.groupingBy(HallCounter::kind, LinkedHashMap::new,
                    Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String shared = sharedName(counters.stream().map(HallCounter::name).toList());
            types.add(new CounterType(code, shared.isEmpty() ? kind.zh() : shared,
                    kind == CounterKind.COMPREHENSIVE || shared.isEmpty() ? kind.en() : kind.en() + " (" + shared + ")",
                    counters.stream().map(HallCounter::number).sorted().toList()));
        });
        return types;
    }

    /**
     * What the counters' names begin with, up to a bracket (综合受理窗口 of 综合受理窗口（企业开办与经营）…): the type's
     * name where its counters share one of two characters or more.
     */
    static String sharedName(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String prefix = names.get(0);
        for (String n : names) {
            int i = 0;
            while (i < prefix.length() && i < n.length() && prefix.charAt(i) == n.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        int bracket = prefix.indexOf('（');
        if (bracket < 0) {
            bracket = prefix.indexOf('(');
        }
        String shared = (bracket < 0 ? prefix : prefix.substring(0, bracket)).strip();
        return shared.length() >= 2 ? shared : "";
    }

    /** The type of this code, or a problem the caller can show ({@code hall-type-unknown}). */
    public CounterType of(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return all().stream().filter(t -> t.code().equals(c)).findFirst()
                .orElseThrow(() -> new DomainException(Kind.INVALID, "hall-type-unknown",
                        "The hall has no counter type " + c + ".", c));
    }

    /** The types by code. */
    public Map<String, CounterType> byCode() {
        return all().stream().collect(Collectors.toMap(CounterType::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** The type a counter's number belongs to, e.g. {@code A} for {@code A02}. */
    public static Optional<String> typeCodeOf(String counterNumber) {
        Matcher m = LETTERS.matcher(counterNumber);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
