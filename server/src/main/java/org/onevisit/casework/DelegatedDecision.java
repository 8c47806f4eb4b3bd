package org.onevisit.casework;

import java.time.Instant;

/**
 * A decision a department's chief representative took alone, on the spot, under the department's delegation (授权清单):
 * the case and item it decided, who decided it and when.
 */
public record DelegatedDecision(String caseNumber, String itemCode, String decidedBy, Instant decidedAt) {
}
