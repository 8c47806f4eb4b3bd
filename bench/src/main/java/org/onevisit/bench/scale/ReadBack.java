package org.onevisit.bench.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.onevisit.casework.CaseFile;
import org.onevisit.casework.CaseHandling;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.ScaleFillCasework;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.springframework.context.ApplicationContext;

/**
 * Reads a generated case back through the product's facades and says where it differs from what was generated: the
 * status it shows, its applicant and agent in clear (stored sealed, so read back only if sealed once), its items and
 * materials, the search by applicant (by the blind index), and once accepted its file, its review tasks and the
 * decisions on its items, as the product holds them (ids and versions are the store's).
 */
final class ReadBack {

    private static final Comparator<ReviewTask> PLAN_ORDER = Comparator.comparingInt((ReviewTask t) -> t.terms().stageOrder())
            .thenComparing(ReviewTask::itemCode).thenComparing(ReviewTask::department);

    private final Intake intake;
    private final CaseHandling handling;
    private final Reviewing reviewing;
    private final Deciding deciding;

    ReadBack(ApplicationContext product) {
        this.intake = product.getBean(Intake.class);
        this.handling = product.getBean(CaseHandling.class);
        this.reviewing = product.getBean(Reviewing.class);
        this.deciding = product.getBean(Deciding.class);
    }

    /** What of the case reads back otherwise than it was generated; empty when all of it reads back. */
    List<String> differences(CaseStory.Lived lived) {
        IntakeCase generated = lived.intake();
        String number = generated.number().value();
        IntakeCase read = intake.find(number);
        List<String> differences = new ArrayList<>();
        compare(differences, number + " status", lived.status(), read.status().name());
        compare(differences, number + " applicant", generated.parties().applicant(), read.parties().applicant());
        compare(differences, number + " agent", generated.parties().agent(), read.parties().agent());
        compare(differences, number + " items", generated.application().items(), read.application().items());
        compare(differences, number + " materials", generated.materials(), read.materials());
        List<IntakeCase> ofApplicant = intake.ofApplicant(generated.parties().applicant().identifier(), 200);
        if (ofApplicant.stream().noneMatch(c -> c.number().equals(generated.number())) && ofApplicant.size() < 200
                || ofApplicant.stream().anyMatch(c -> !c.parties().applicant().identifier().equals(generated.parties().applicant().identifier()))) {
            differences.add(number + " not among its applicant's cases");
        }
        ScaleFillCasework.AcceptedCase accepted = lived.accepted();
        if (accepted == null) {
            compare(differences, number + " file", null, handling.find(number).orElse(null));
            compare(differences, number + " tasks", List.of(), reviewing.ofCase(number));
            return differences;
        }
        CaseFile file = accepted.file();
        compare(differences, number + " file", file, handling.find(number).map(f -> new CaseFile(f.number(), f.facts(),
                f.clock(), f.pledge(), f.status(), f.closingNote(), file.version())).orElse(null));
        compare(differences, number + " tasks", accepted.tasks().stream().sorted(PLAN_ORDER).toList(),
                reviewing.ofCase(number).stream().map(ReadBack::unstored).toList());
        compare(differences, number + " decisions", sorted(accepted.decisions()), sorted(deciding.decisionsOf(number)));
        return differences;
    }

    /** The task as generated: before the store gave it an id and versions. */
    private static ReviewTask unstored(ReviewTask t) {
        return new ReviewTask(0, t.caseNumber(), t.itemCode(), t.department(), t.terms(), t.status(), t.clock(), t.answer(),
                t.owed(), 0);
    }

    private static List<Deciding.Decision> sorted(List<Deciding.Decision> decisions) {
        return decisions.stream().sorted(Comparator.comparing(Deciding.Decision::itemCode)).toList();
    }

    private static void compare(List<String> differences, String what, Object generated, Object read) {
        if (!Objects.equals(generated, read)) {
            differences.add(what + ": generated " + generated + ", read back " + read);
        }
    }
}
