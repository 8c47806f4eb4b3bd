package org.onevisit.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * How a spot check draws its sample, so that anyone can draw it again (ADR 0029): for each decision of the population,
 * its key is the lowercase hexadecimal SHA-256 of the UTF-8 text {@code seed + ":" + caseNumber + ":" + itemCode};
 * the sample is the ⌈rate × n⌉ decisions of the smallest keys, compared as text (which, for hexadecimal of the same
 * length, is comparing the numbers). Nobody chooses the seed (the audit chain's head when the check was opened), and
 * nobody can tell a decision's key before it, so no decision can be kept out of the sample in advance.
 */
public final class SpotSample {

    private SpotSample() {
    }

    /** The decision's key under the seed. */
    public static String key(String seed, DecisionKey decision) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + decision.caseNumber() + ":" + decision.itemCode()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** ⌈rate × n⌉, computed exactly. */
    public static int size(BigDecimal rate, int populationSize) {
        return rate.multiply(BigDecimal.valueOf(populationSize)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** The sample of the population under the seed at the rate, smallest key first. */
    public static List<DecisionKey> draw(String seed, List<DecisionKey> population, BigDecimal rate) {
        return population.stream().distinct()
                .sorted(Comparator.comparing((DecisionKey d) -> key(seed, d)).thenComparing(Comparator.naturalOrder()))
                .limit(size(rate, population.size())).toList();
    }

    /** The SHA-256, in lowercase hexadecimal, of the population's decisions in order, each {@code caseNumber:itemCode\n}. */
    public static String digest(List<DecisionKey> population) {
        StringBuilder text = new StringBuilder();
        population.stream().sorted().forEach(d -> text.append(d.text()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
