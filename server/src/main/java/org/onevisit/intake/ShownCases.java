package org.onevisit.intake;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onevisit.casework.CaseFile;
import org.onevisit.casework.CaseHandling;
import org.onevisit.casework.LegalClock;
import org.springframework.stereotype.Component;

/**
 * A case as it shows to whoever reads it: intake's own status until acceptance, then the status, closing note and
 * deadlines casework keeps for it (withdrawn, terminated, completed; the legal deadline once extended).
 */
@Component
class ShownCases {

    private final CaseHandling handling;

    ShownCases(CaseHandling handling) {
        this.handling = handling;
    }

    IntakeCase shown(IntakeCase c) {
        return c.status().accepted() ? handling.find(c.number().value()).map(f -> shown(c, f)).orElse(c) : c;
    }

    List<IntakeCase> shown(List<IntakeCase> cases) {
        List<String> accepted = cases.stream().filter(c -> c.status().accepted()).map(c -> c.number().value()).toList();
        if (accepted.isEmpty()) {
            return cases;
        }
        Map<String, CaseFile> files = handling.findAll(accepted).stream()
                .collect(Collectors.toMap(CaseFile::number, Function.identity()));
        return cases.stream().map(c -> files.containsKey(c.number().value()) ? shown(c, files.get(c.number().value())) : c)
                .toList();
    }

    /** The file of an accepted case, for the steps intake still takes on it (materials owed under a pledge). */
    CaseFile fileOf(IntakeCase c) {
        return handling.find(c.number().value()).orElseThrow(() -> CaseChanges.notFound(c.number().value()));
    }

    private static IntakeCase shown(IntakeCase c, CaseFile f) {
        LegalClock clock = f.clock();
        return c.handled(CaseStatus.valueOf(f.status().name()), f.closingNote(),
                new Deadlines(clock.promised(), clock.legal(), clock.provisional(), clock.extensionDays(),
                        clock.extensionNote()));
    }
}
