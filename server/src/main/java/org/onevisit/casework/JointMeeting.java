package org.onevisit.casework;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A joint material review (联合会审) or joint site inspection (联合勘查) convened for a case instead of serial
 * visits: when, where, which departments; each records its attendance and opinion.
 */
public record JointMeeting(long id, String caseNumber, Kind kind, Instant heldAt, String place, String convenedBy,
        boolean closed, List<Participant> participants, long version) {

    /** Which kind of joint meeting. */
    public enum Kind {
        /** 联合会审. */
        JOINT_REVIEW,
        /** 联合勘查. */
        JOINT_INSPECTION
    }

    /** A department's part: attended or not (null until recorded), its opinion, the reason for an absence. */
    public record Participant(String department, @Nullable Boolean attended, String opinion, String absenceReason,
            @Nullable String recordedBy) {

        /** 缺席默认: absent without a reason given. */
        public boolean absentWithoutReason() {
            return !Boolean.TRUE.equals(attended) && absenceReason.isBlank();
        }
    }

    public JointMeeting {
        participants = List.copyOf(participants);
    }
}
