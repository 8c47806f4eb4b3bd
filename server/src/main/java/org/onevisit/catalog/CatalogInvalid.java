package org.onevisit.catalog;

import java.util.List;

import org.onevisit.platform.DomainException;

/** A catalog document or an edit breaks the catalog's rules; nothing of it was stored. */
public class CatalogInvalid extends DomainException {

    private final transient List<ImportProblem> problems;

    public CatalogInvalid(List<ImportProblem> problems) {
        super(Kind.RULE_VIOLATED, "catalog-invalid", problems.size() + " problem(s); nothing was changed", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
