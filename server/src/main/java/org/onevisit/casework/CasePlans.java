package org.onevisit.casework;

import java.util.List;

import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;

/**
 * The plan of an accepted case as copied from the catalog at acceptance: its stages in order, each with its name and
 * the stages it waits for. Which departments review which item in a stage is the case's review tasks.
 */
@Service
@ReadOnly
public class CasePlans {

    /** A stage of the case's plan. */
    public record PlannedStage(String key, String name, List<String> after, int position) {

        public PlannedStage {
            after = List.copyOf(after);
        }
    }

    private final CaseStages stages;

    CasePlans(CaseStages stages) {
        this.stages = stages;
    }

    /** The case's stages in order; none before the case is planned. */
    public List<PlannedStage> of(String caseNumber) {
        return stages.of(caseNumber).stream().map(s -> new PlannedStage(s.key(), s.name(), s.after(), s.position())).toList();
    }
}
