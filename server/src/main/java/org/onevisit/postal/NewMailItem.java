package org.onevisit.postal;

import java.time.LocalDate;
import java.util.Map;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * A mail item as the clerk registers it on arrival: its tracking number as typed (checked by the
 * {@link TrackingNumberRule}), the carrier, the sender, the day it came, the item(s) the sender applies for as the
 * letter names them, and the clerk's notes.
 */
public record NewMailItem(String trackingNumber, String carrier, Sender sender, LocalDate receivedOn, String appliedFor,
        String notes) {

    static final int CARRIER = 50;
    static final int APPLIED_FOR = 300;
    static final int NOTES = 1000;

    /** @throws DomainException naming the field that is missing or too long */
    public NewMailItem {
        carrier = carrier == null ? "" : carrier.strip();
        appliedFor = appliedFor == null ? "" : appliedFor.strip();
        notes = notes == null ? "" : notes.strip();
        if (carrier.isEmpty() || carrier.length() > CARRIER) {
            throw invalid("postal-carrier-missing", "carrier", "The carrier (1 to 50 characters) is missing");
        }
        if (appliedFor.isEmpty() || appliedFor.length() > APPLIED_FOR) {
            throw invalid("postal-applied-for-missing", "appliedFor", "What the sender applies for (1 to 300 characters) is missing");
        }
        if (notes.length() > NOTES) {
            throw invalid("postal-notes-too-long", "notes", "The notes are longer than 1000 characters");
        }
    }

    private static DomainException invalid(String code, String field, String message) {
        return new DomainException(Kind.INVALID, code, message, Map.of("field", field));
    }
}
