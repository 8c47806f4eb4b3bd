package org.onevisit.delivery;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How the applicant asked for the result when applying online — pickup, or express to an address — so that the
 * counter books the shipment without asking again. The module that received the application answers here.
 */
public interface DeliveryChoices {

    /** The applicant's choice for the case; empty when they made none (a case handed in at the counter). */
    Optional<Choice> of(String caseNumber);

    /**
     * @param to where to send the result, for express; null for pickup, or an express choice without a full address
     */
    record Choice(DeliveryMethod method, @Nullable Address to) {
    }
}
