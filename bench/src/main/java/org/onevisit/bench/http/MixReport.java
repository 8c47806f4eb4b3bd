package org.onevisit.bench.http;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The HTTP mix's results in words and tables. */
final class MixReport {

    private MixReport() {
    }

    /** Each step's p95, in one line. */
    @SuppressWarnings("unchecked")
    static String p95s(Map<String, Object> level) {
        Map<String, Map<String, Object>> steps = (Map<String, Map<String, Object>>) level.get("steps");
        return steps.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().get("p95Ms") + " ms")
                .collect(Collectors.joining(", "));
    }

    @SuppressWarnings("unchecked")
    static String stepTable(Map<String, Object> level) {
        StringBuilder b = new StringBuilder();
        b.append("| step | request | target/s | answered/s | p50 | p95 | p99 | max | errors | failed |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, Map<String, Object>> steps = (Map<String, Map<String, Object>>) level.get("steps");
        for (Step s : Step.values()) {
            Map<String, Object> st = steps.get(s.label);
            if (((Number) st.get("ok")).longValue() == 0) {
                b.append("| ").append(s.label).append(" | `").append(s.request).append("` | ")
                        .append(fmt(((Number) st.get("targetPerSecond")).doubleValue()))
                        .append(" | 0 | – | **none answered** | – | – | ").append(st.get("errors")).append(errorKinds(st))
                        .append(" | ").append(st.get("failed")).append(" |\n");
                continue;
            }
            double p95 = ((Number) st.get("p95Ms")).doubleValue();
            b.append("| ").append(s.label).append(" | `").append(s.request).append("` | ")
                    .append(fmt(((Number) st.get("targetPerSecond")).doubleValue())).append(" | ")
                    .append(st.get("answeredPerSecond")).append(" | ").append(st.get("p50Ms")).append(" ms | ")
                    .append(p95 < HttpMixBench.TARGET_MS ? "" : "**").append(st.get("p95Ms")).append(" ms")
                    .append(p95 < HttpMixBench.TARGET_MS ? "" : "**").append(" | ").append(st.get("p99Ms"))
                    .append(" ms | ").append(st.get("maxMs")).append(" ms | ").append(st.get("errors"))
                    .append(errorKinds(st)).append(" | ").append(st.get("failed")).append(" |\n");
        }
        return b.toString();
    }

    private static String errorKinds(Map<String, Object> st) {
        Object kinds = st.get("errorKinds");
        return kinds instanceof Map<?, ?> m && !m.isEmpty() ? " " + m : "";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r) {
        Map<String, Object> one = (Map<String, Object>) r.get("rate1");
        List<Map<String, Object>> levels = (List<Map<String, Object>>) r.get("levels");
        StringBuilder b = new StringBuilder();
        b.append("# The hall's peak mix over HTTP (`bench/http`)\n\n");
        b.append("Machine: ").append(r.get("machine")).append("; ").append(r.get("database")).append("; server heap ")
                .append(r.get("serverHeap")).append(". Load average (1, 5, 15 min) at the start ")
                .append(r.get("loadAverageAtStart")).append(", at the end ").append(r.get("loadAverageAtEnd"))
                .append(". Authentication: ").append(r.get("authentication")).append(".\n\n");
        b.append("## At the mix's rate 1 (").append(one.get("measuredSeconds")).append(" s measured, load ")
                .append(one.get("loadAverage")).append(", CPU ").append(one.get("cpu")).append(")\n\n");
        b.append(stepTable(one)).append('\n');
        b.append("Target: p95 under ").append((int) HttpMixBench.TARGET_MS).append(" ms for every step: **")
                .append(Boolean.TRUE.equals(one.get("holds")) ? "holds" : "missed").append("**. Whole cases completed: ")
                .append(one.get("casesCompletedPerSecond")).append("/s (created to decided: p50 ")
                .append(one.get("wholeCaseP50Ms")).append(" ms, p95 ").append(one.get("wholeCaseP95Ms"))
                .append(" ms); requests due in the measured period still unanswered, or not yet sent (at most 800 are on the way at "
                        + "once), a minute after it: ").append(one.get("unanswered")).append(".\n\n");
        b.append("## The rate stepped\n\n");
        b.append("| rate × mix | requests/s | holds | worst p95 | create | accept | opinion | decide | status | search | inbox "
                + "| errors | failed | unanswered | cases/s | machine busy | server cores | driver cores | load |\n");
        b.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Map<String, Object> l : levels) {
            Map<String, Map<String, Object>> steps = (Map<String, Map<String, Object>>) l.get("steps");
            double m = ((Number) l.get("multiple")).doubleValue();
            double worst = steps.values().stream().mapToDouble(s -> ((Number) s.get("p95Ms")).doubleValue()).max().orElse(0);
            long errors = steps.values().stream().mapToLong(s -> ((Number) s.get("errors")).longValue()).sum();
            long failed = steps.values().stream().mapToLong(s -> ((Number) s.get("failed")).longValue()).sum();
            Map<String, Object> cpu = (Map<String, Object>) l.get("cpu");
            b.append("| ").append(m).append(" | ").append(Math.round(470 * m)).append(" | ")
                    .append(Boolean.TRUE.equals(l.get("holds")) ? "yes" : "**no**").append(" | ").append(worst).append(" ms");
            for (Step s : Step.values()) {
                b.append(" | ").append(steps.get(s.label).get("p95Ms"));
            }
            b.append(" | ").append(errors).append(" | ").append(failed).append(" | ").append(l.get("unanswered")).append(" | ")
                    .append(l.get("casesCompletedPerSecond"))
                    .append(" | ").append(cpu.get("machineBusyPercent")).append(" % | ").append(cpu.get("serverCores"))
                    .append(" | ").append(cpu.get("driverCores")).append(" | ").append(l.get("loadAverage")).append(" |\n");
        }
        b.append("\n(p95 in ms per step; requests/s = 470 × the rate: 20 creates + 20 accepts + 80 opinions + 20 decisions + "
                + "200 status look-ups + 100 searches + 50 inbox views.)\n\n");
        b.append("Highest rate at which every step's p95 stays under 100 ms with nothing failed: **")
                .append(r.get("highestMultipleHolding")).append(" × the mix**, ").append(r.get("wholeCasesPerSecondOverHttp"))
                .append(" whole cases a second over HTTP beside the rest of the mix.\n\n");
        b.append("Whole case over HTTP ÷ in process: ").append(r.get("wholeCasesPerSecondOverHttp")).append(" ÷ ")
                .append(r.get("inProcessCasesPerSecond")).append(" = **").append(r.get("httpOverInProcess"))
                .append("** (in process: ").append(r.get("inProcessSource")).append(").\n");
        return b.toString();
    }
}
