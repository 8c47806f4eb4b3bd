package org.onevisit.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A bundle (一件事): several items of several departments applied for once, with one form and one set of
 * materials, reviewed along a plan of stages, led by one department (牵头部门).
 */
public record Bundle(String code, String name, String nameEn, String description, Set<LifeEvent> lifeEvents,
        String leadDepartment, List<Stage> stages, List<ApplicantRole> applicantRoles) {

    public Bundle {
        lifeEvents = Collections.unmodifiableSortedSet(new TreeSet<>(lifeEvents));
        stages = List.copyOf(stages);
        applicantRoles = applicantRoles == null ? List.of() : List.copyOf(applicantRoles);
    }

    /** A bundle that takes one applicant. */
    public Bundle(String code, String name, String nameEn, String description, Set<LifeEvent> lifeEvents,
            String leadDepartment, List<Stage> stages) {
        this(code, name, nameEn, description, lifeEvents, leadDepartment, stages, List.of());
    }

    /** Every item of the bundle, in the order of its stages. */
    public List<String> items() {
        return stages.stream().flatMap(s -> s.items().stream()).distinct().toList();
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }
}
