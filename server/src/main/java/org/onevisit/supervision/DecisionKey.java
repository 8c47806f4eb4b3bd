package org.onevisit.supervision;

/** One decision of a case: the case's number and the item decided, as a spot check names it. */
public record DecisionKey(String caseNumber, String itemCode) implements Comparable<DecisionKey> {

    @Override
    public int compareTo(DecisionKey other) {
        int byCase = caseNumber.compareTo(other.caseNumber);
        return byCase != 0 ? byCase : itemCode.compareTo(other.itemCode);
    }

    /** {@code caseNumber:itemCode}, as the population digest and the audit trail write it. */
    public String text() {
        return caseNumber + ":" + itemCode;
    }
}
