package org.onevisit.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * Names for what the audit trail records by code or login name — the person who acted, a department, an item — so
 * that the audit page shows names. The modules that know them provide it (they depend on this module, not the other
 * way round); the trail itself keeps the codes, and its hashes never depend on a name.
 */
public interface AuditNames {

    /** The actor of record: a member of staff's name, or how an applicant is shown; empty if unknown. */
    Optional<String> actor(String actor, Locale locale);

    /** What a recorded value of the given field stands for (a department's or an item's name); empty if unknown. */
    Optional<String> value(String field, String value, Locale locale);
}
