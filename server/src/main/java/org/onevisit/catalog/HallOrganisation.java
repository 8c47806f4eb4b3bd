package org.onevisit.catalog;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.CreditCode;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.onevisit.audit.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments and the hall's counters as administrators keep them one at a time, beside the catalog's import:
 * a department's names in Chinese and English, kind, sector, credit code and phone; a counter's number, name, kind and
 * department (or the centre). A change made by someone else since the form was read is refused, never overwritten;
 * every change is audited.
 */
@Service
public class HallOrganisation {

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,14}[A-Z0-9]");
    private static final Pattern COUNTER_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,15}");

    /** A department with the version of its row. */
    public record DepartmentEdition(Department department, long version) {
    }

    private final CatalogStructure structure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HallOrganisation(CatalogStructure structure, ApplicationEventPublisher events, Clock clock) {
        this.structure = structure;
        this.events = events;
        this.clock = clock;
    }

    @ReadOnly
    public List<DepartmentEdition> departments() {
        Map<String, Long> versions = structure.departmentVersions();
        return structure.departments().stream().map(d -> new DepartmentEdition(d, versions.getOrDefault(d.code(), 0L)))
                .toList();
    }

    @ReadOnly
    public Optional<DepartmentEdition> department(String code) {
        return departments().stream().filter(e -> e.department().code().equals(code)).findFirst();
    }

    /** Adds a department; its code is fixed from then on (items and staff name it). */
    @Transactional
    public Department createDepartment(Department d, String administrator) {
        check(d);
        if (!DEPARTMENT_CODE.matcher(d.code()).matches()) {
            throw new DomainException(Kind.INVALID, "department-code-format",
                    "A department code has 2 to 16 capital letters, digits and dashes: " + d.code(), d.code());
        }
        if (department(d.code()).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "department-code-taken", "Department " + d.code() + " exists.",
                    d.code());
        }
        structure.insertDepartment(d);
        events.publishEvent(new AuditedChange("department", d.code(), "createDepartment", administrator, "WEB",
                Map.of(), values(d), clock.instant()));
        return d;
    }

    /** Changes a department as read at {@code version}. */
    @Transactional
    public Department updateDepartment(Department d, long version, String administrator) {
        Department before = department(d.code()).orElseThrow(() -> departmentNotFound(d.code())).department();
        check(d);
        if (!structure.updateDepartment(d, version)) {
            throw new DomainException(Kind.CONFLICT, "department-changed-meanwhile",
                    "Department " + d.code() + " was changed by someone else since it was read.", d.code());
        }
        events.publishEvent(new AuditedChange("department", d.code(), "changeDepartment", administrator, "WEB",
                values(before), values(d), clock.instant()));
        return d;
    }

    @ReadOnly
    public List<HallCounter> counters() {
        return structure.hallCounters();
    }

    @ReadOnly
    public Optional<HallCounter> counter(String number) {
        return counters().stream().filter(c -> c.number().equals(number)).findFirst();
    }

    /** Adds a counter; its number is fixed from then on. */
    @Transactional
    public HallCounter createCounter(HallCounter c, String administrator) {
        if (!COUNTER_NUMBER.matcher(c.number()).matches()) {
            throw new DomainException(Kind.INVALID, "counter-number-format",
                    "A counter number has 1 to 16 capital letters, digits and dashes: " + c.number(), c.number());
        }
        if (counter(c.number()).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "counter-number-taken", "Counter " + c.number() + " exists.",
                    c.number());
        }
        check(c);
        structure.insertCounter(c);
        events.publishEvent(new AuditedChange("counter", c.number(), "createCounter", administrator, "WEB", Map.of(),
                values(c), clock.instant()));
        return counter(c.number()).orElseThrow();
    }

    /** Changes a counter as read at {@code version}. */
    @Transactional
    public HallCounter updateCounter(HallCounter c, long version, String administrator) {
        HallCounter before = counter(c.number()).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "counter-not-found", "No counter " + c.number(), c.number()));
        check(c);
        if (!structure.updateCounter(c, version)) {
            throw new DomainException(Kind.CONFLICT, "counter-changed-meanwhile",
                    "Counter " + c.number() + " was changed by someone else since it was read.", c.number());
        }
        events.publishEvent(new AuditedChange("counter", c.number(), "changeCounter", administrator, "WEB",
                values(before), values(c), clock.instant()));
        return counter(c.number()).orElseThrow();
    }

    private void check(Department d) {
        if (d.name().isBlank() || d.name().length() > 200) {
            throw new DomainException(Kind.INVALID, "department-name-missing", "A department needs a name.");
        }
        if (d.nameEn().isBlank() || d.nameEn().length() > 200) {
            throw new DomainException(Kind.INVALID, "department-name-en-missing", "A department needs an English name.");
        }
        if (d.phone().isBlank() || d.phone().length() > 40) {
            throw new DomainException(Kind.INVALID, "department-phone-missing", "A department needs a phone number.");
        }
        CreditCode.parse(d.creditCode());
        if (structure.creditCodeHeldByAnother(d.creditCode(), d.code())) {
            throw new DomainException(Kind.CONFLICT, "department-credit-code-taken",
                    "Another department has the credit code " + d.creditCode() + ".", d.creditCode());
        }
    }

    private void check(HallCounter c) {
        if (c.name().isBlank() || c.name().length() > 200) {
            throw new DomainException(Kind.INVALID, "counter-name-missing", "A counter needs a name.");
        }
        if (c.departmentCode() != null && department(c.departmentCode()).isEmpty()) {
            throw departmentNotFound(c.departmentCode());
        }
        if (c.kind() == CounterKind.DEPARTMENT && c.departmentCode() == null) {
            throw new DomainException(Kind.INVALID, "counter-department-missing",
                    "A department counter belongs to a department.");
        }
    }

    private static DomainException departmentNotFound(String code) {
        return new DomainException(Kind.NOT_FOUND, "department-not-found", "No department " + code, code);
    }

    private static Map<String, String> values(Department d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", d.name());
        v.put("nameEn", d.nameEn());
        v.put("kind", d.kind().name());
        v.put("sector", d.sector().name());
        v.put("creditCode", d.creditCode());
        v.put("phone", d.phone());
        return v;
    }

    private static Map<String, String> values(HallCounter c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", c.name());
        v.put("kind", c.kind().name());
        if (c.departmentCode() != null) {
            v.put("department", c.departmentCode());
        }
        return v;
    }

    /** A department's kind or sector, or a counter's kind, from a form's value. */
    public static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String code) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(Kind.INVALID, code, "Not a value of " + type.getSimpleName() + ": " + value,
                    String.valueOf(value));
        }
    }
}
