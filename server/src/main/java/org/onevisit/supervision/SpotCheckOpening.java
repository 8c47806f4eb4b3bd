package org.onevisit.supervision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.DelegatedDecision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Opens a spot check (抽查) of a department's delegated decisions in a period that has ended, at a rate of at least
 * half ({@code onevisit.supervision.spot-check-rate} unless the request names one): the department's supervision group
 * or a supervisor ({@link SpotCheckPolicy}). The sample is drawn from the audit chain's head as {@link SpotCheckDrawing}
 * records it. A retry under the same request key (per person) answers the check the first attempt opened.
 */
@Service
public class SpotCheckOpening {

    /** A check and whether it was opened by an earlier request under the same key. */
    public record Opened(SpotCheck check, boolean retry) {
    }

    private final SupervisionGroups groups;
    private final Populations populations;
    private final SpotCheckRows rows;
    private final SpotCheckDrawing drawing;
    private final SpotCheckRate defaultRate;

    SpotCheckOpening(SupervisionGroups groups, Populations populations, SpotCheckRows rows, SpotCheckDrawing drawing,
            @Value("${onevisit.supervision.spot-check-rate:0.5}") BigDecimal defaultRate) {
        this.groups = groups;
        this.populations = populations;
        this.rows = rows;
        this.drawing = drawing;
        this.defaultRate = new SpotCheckRate(defaultRate);
    }

    /** The rate a check samples at when its request names none. */
    public SpotCheckRate defaultRate() {
        return defaultRate;
    }

    /**
     * Opens the check. Not inside a transaction: the seed is the audit chain's head when the check's "open" record is
     * chained, which this call appends in a transaction of its own.
     */
    public Opened open(String department, String period, @Nullable BigDecimal rate, String requestKey, String username) {
        String scope = username + ":" + requestKey.strip();
        Optional<Long> earlier = rows.idOf(scope);
        if (earlier.isPresent()) {
            return new Opened(drawing.draw(earlier.get(), username), true);
        }
        String code = department.strip().toUpperCase(Locale.ROOT);
        SpotCheckPolicy.checkSupervises(groups.official(username), code, groups.of(code));
        SpotCheckRate r = rate == null ? defaultRate : new SpotCheckRate(rate);
        SpotPeriod p = SpotPeriod.parse(period);
        List<DelegatedDecision> population = populations.ofEnded(code, p);
        long id;
        try {
            id = drawing.register(scope, code, p, r, username, population);
        } catch (DuplicateKeyException openedMeanwhile) {
            return new Opened(drawing.draw(rows.idOf(scope).orElseThrow(), username), true);
        }
        return new Opened(drawing.draw(id, username), false);
    }
}
