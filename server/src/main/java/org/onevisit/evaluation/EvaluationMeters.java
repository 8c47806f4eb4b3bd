package org.onevisit.evaluation;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

import org.onevisit.platform.MetricReadings;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * 好差评 as gauges (ADR 0053): this month's ratings counted by grade, the bad ones (差评), and the good rate (好评率, in
 * percent, NaN before the month's first rating), from one count per grade per reading ({@link RatingFigures#gradeCounts}).
 */
@Component
class EvaluationMeters {

    EvaluationMeters(MetricReadings readings, RatingFigures figures, Clock clock) {
        MetricReadings.Reading<Map<Grade, Integer>> month = readings.of(() -> figures.gradeCounts(YearMonth.now(clock)));
        MeterRegistry registry = readings.registry();
        for (Grade grade : Grade.values()) {
            Gauge.builder("onevisit.ratings.month", month, r -> r.get().getOrDefault(grade, 0))
                    .tag("grade", grade.name()).description("Ratings (好差评) counted this month, by grade")
                    .register(registry);
        }
        Gauge.builder("onevisit.ratings.month.good-rate", month, r -> goodRate(r.get())).baseUnit("percent")
                .description("This month's good rate (好评率): ratings not bad among those counted").register(registry);
    }

    private static double goodRate(Map<Grade, Integer> counts) {
        int counted = counts.values().stream().mapToInt(Integer::intValue).sum();
        int bad = counts.entrySet().stream().filter(e -> e.getKey().bad()).mapToInt(Map.Entry::getValue).sum();
        return counted == 0 ? Double.NaN : (counted - bad) * 100.0 / counted;
    }
}
