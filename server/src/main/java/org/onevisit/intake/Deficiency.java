package org.onevisit.intake;

/** One line of the one-time deficiency notice (一次性告知书): a material and what is missing or wrong. */
public record Deficiency(String materialKey, String materialName, String problem) {
}
