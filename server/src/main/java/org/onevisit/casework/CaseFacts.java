package org.onevisit.casework;

import java.util.List;
import java.util.stream.Stream;

/**
 * What does not change once a case is accepted: what it applies for, its items, and who applied.
 *
 * @param subject the item or bundle applied for: its code
 * @param bundle whether {@code subject} is a bundle (一件事)
 */
public record CaseFacts(String subject, String subjectName, boolean bundle, List<FileItem> items, Holder holder) {

    public CaseFacts {
        items = List.copyOf(items);
    }

    /** The legal limit and the extension {@code rule} allows: one authority, or several handling the case jointly. */
    public LegalTimeLimit legalTimeLimit(LegalTimeLimit.Rule rule) {
        long departments = items.stream()
                .flatMap(i -> Stream.concat(Stream.of(i.department()), i.jointDepartments().stream()))
                .distinct().count();
        return LegalTimeLimit.of(items.stream().map(FileItem::legalLimit).toList(), (int) departments, rule);
    }

    /** The departments whose items the case applies for (each item's own department, not those reviewing jointly). */
    public List<String> departments() {
        return items.stream().map(FileItem::department).distinct().toList();
    }
}
