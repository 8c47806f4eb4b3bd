package org.onevisit.platform;

import java.util.List;

/** The application refuses to start with demo data off: it found default or demo keys or passwords. */
public final class UnsafeForProduction extends RuntimeException {

    private final List<ProductionProblem> problems;

    UnsafeForProduction(List<ProductionProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ProductionProblem> problems() {
        return problems;
    }

    /** Every problem on its own lines, each followed by its fix. */
    static String describe(List<ProductionProblem> problems) {
        StringBuilder text = new StringBuilder("OneVisit runs with demo data off (onevisit.demo-data=false), the "
                + "production set-up, and refuses to start on default or demo keys or passwords. It found "
                + problems.size() + " problem(s):");
        for (int i = 0; i < problems.size(); i++) {
            ProductionProblem p = problems.get(i);
            text.append("\n  ").append(i + 1).append(". ").append(p.problem()).append("\n     Fix: ").append(p.fix());
        }
        return text.toString();
    }
}
