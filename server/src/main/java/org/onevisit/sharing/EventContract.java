package org.onevisit.sharing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.CaseAccepted;
import org.onevisit.casework.CaseCompleted;
import org.onevisit.casework.CaseDecided;
import org.onevisit.certificates.CertificateIssued;
import org.onevisit.certificates.CertificateRevoked;
import org.onevisit.evaluation.Indicator;
import org.onevisit.evaluation.RatingGiven;

/**
 * The message contract for other government systems, version {@value #VERSION} ({@code docs/events.md},
 * {@code docs/asyncapi.yaml}): which events leave, under which routing key, and the JSON payload of each — the
 * payloads are records of their own here, so that a change to a module's event never changes the contract unseen.
 * Nothing personal leaves: no name, ID number, phone or address, and none of the officials' or applicants' own words.
 *
 * <p>Each message has an id that is the same however often it is sent (a name-based UUID of the centre's region code,
 * the event type and the fact's own key: the case number, the case number and item, or the certificate number), so
 * that a consumer drops a message it has had before: delivery is at least once.
 */
final class EventContract {

    /** The contract's version, in every message's {@code event-version} header. */
    static final int VERSION = 1;

    private EventContract() {
    }

    /** The six kinds of message, by routing key. */
    enum Kind {
        CASE_ACCEPTED("case.accepted"),
        CASE_DECIDED("case.decided"),
        CASE_COMPLETED("case.completed"),
        CERTIFICATE_ISSUED("certificate.issued"),
        CERTIFICATE_REVOKED("certificate.revoked"),
        RATING_GIVEN("rating.given");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        /** The event type: the routing key and the {@code event-type} header. */
        String type() {
            return type;
        }
    }

    /**
     * A message as it leaves: its kind, its id, when the fact happened and its payload.
     *
     * @param id the name-based UUID consumers de-duplicate by
     */
    record Outgoing(Kind kind, String id, Instant at, Object payload) {
    }

    /** Whether the event is one of those the contract sends. */
    static boolean sends(Object event) {
        return event instanceof CaseAccepted || event instanceof CaseDecided || event instanceof CaseCompleted
                || event instanceof CertificateIssued || event instanceof CertificateRevoked
                || event instanceof RatingGiven;
    }

    /** The kind of message the event is sent as; empty for an event the contract does not send. */
    static Optional<Kind> kindOf(Object event) {
        if (event instanceof CaseAccepted) {
            return Optional.of(Kind.CASE_ACCEPTED);
        } else if (event instanceof CaseDecided) {
            return Optional.of(Kind.CASE_DECIDED);
        } else if (event instanceof CaseCompleted) {
            return Optional.of(Kind.CASE_COMPLETED);
        } else if (event instanceof CertificateIssued) {
            return Optional.of(Kind.CERTIFICATE_ISSUED);
        } else if (event instanceof CertificateRevoked) {
            return Optional.of(Kind.CERTIFICATE_REVOKED);
        } else if (event instanceof RatingGiven) {
            return Optional.of(Kind.RATING_GIVEN);
        }
        return Optional.empty();
    }

    /** The message of one of the events {@link #sends} accepts, for the centre of the region code. */
    static Outgoing message(Object event, String regionCode) {
        if (event instanceof CaseAccepted e) {
            return outgoing(Kind.CASE_ACCEPTED, regionCode, e.caseNumber(), e.acceptedAt(),
                    new CaseAcceptedV1(e.caseNumber(), e.subject(), e.bundle(),
                            e.items().stream().map(i -> new ItemV1(i.code(), i.version(), i.department())).toList(),
                            e.acceptedOn(), e.acceptedAt(), e.deemedAccepted(), e.onPledge(), e.promisedBy(),
                            e.legalBy()));
        } else if (event instanceof CaseDecided e) {
            return outgoing(Kind.CASE_DECIDED, regionCode, e.caseNumber() + "/" + e.itemCode(), e.decidedAt(),
                    new CaseDecidedV1(e.caseNumber(), e.itemCode(), e.itemVersion(), e.department(),
                            e.approved() ? "APPROVED" : "DENIED", e.delegated(), e.decidedOn(), e.decidedAt(),
                            e.caseDecided()));
        } else if (event instanceof CaseCompleted e) {
            return outgoing(Kind.CASE_COMPLETED, regionCode, e.caseNumber(), e.completedAt(),
                    new CaseCompletedV1(e.caseNumber(), e.subject(), e.bundle(), e.departments(), e.completedAt()));
        } else if (event instanceof CertificateIssued e) {
            return outgoing(Kind.CERTIFICATE_ISSUED, regionCode, e.number(), e.issuedAt(),
                    new CertificateIssuedV1(e.number(), e.type(), e.caseNumber(), e.itemCode(), e.department(),
                            e.issuedOn(), e.validUntil(), e.edition(), e.issuedAt()));
        } else if (event instanceof CertificateRevoked e) {
            return outgoing(Kind.CERTIFICATE_REVOKED, regionCode, e.number(), e.revokedAt(),
                    new CertificateRevokedV1(e.number(), e.type(), e.caseNumber(), e.itemCode(), e.department(),
                            e.revokedAt()));
        } else if (event instanceof RatingGiven e) {
            return outgoing(Kind.RATING_GIVEN, regionCode, e.caseNumber(), e.ratedAt(),
                    new RatingGivenV1(e.caseNumber(), e.department(), e.grade().name(), e.grade().stars(),
                            e.grade().bad(), e.indicators().stream().map(Indicator::name).toList(),
                            e.channel().name(), e.ratedAt()));
        }
        throw new IllegalArgumentException("Not an event of the contract: " + event.getClass().getName());
    }

    /** The message id: the same for the same fact, whichever node sends it and however often. */
    static String messageId(String regionCode, Kind kind, String key) {
        return UUID.nameUUIDFromBytes(("onevisit:" + regionCode + ":" + kind.type() + ":" + key)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Outgoing outgoing(Kind kind, String regionCode, String key, Instant at, Object payload) {
        return new Outgoing(kind, messageId(regionCode, kind, key), at, payload);
    }

    // --- payloads, version 1 (docs/asyncapi.yaml, components.schemas) -----------------------------------------

    record ItemV1(String code, int version, String department) {
    }

    record CaseAcceptedV1(String caseNumber, String subject, boolean bundle, List<ItemV1> items, LocalDate acceptedOn,
            Instant acceptedAt, boolean deemedAccepted, boolean onPledge, LocalDate promisedBy, LocalDate legalBy) {
    }

    record CaseDecidedV1(String caseNumber, String itemCode, int itemVersion, String department, String outcome,
            boolean delegated, LocalDate decidedOn, Instant decidedAt, boolean caseDecided) {
    }

    record CaseCompletedV1(String caseNumber, String subject, boolean bundle, List<String> departments,
            Instant completedAt) {
    }

    record CertificateIssuedV1(String certificateNumber, String certificateType, String caseNumber, String itemCode,
            String department, LocalDate issuedOn, @Nullable LocalDate validUntil, int edition, Instant issuedAt) {
    }

    record CertificateRevokedV1(String certificateNumber, String certificateType, String caseNumber, String itemCode,
            String department, Instant revokedAt) {
    }

    record RatingGivenV1(String caseNumber, String department, String grade, int stars, boolean bad,
            List<String> indicators, String channel, Instant ratedAt) {
    }
}
