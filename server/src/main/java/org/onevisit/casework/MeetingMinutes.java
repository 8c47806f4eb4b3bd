package org.onevisit.casework;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.onevisit.documents.Block;
import org.onevisit.documents.Document;
import org.onevisit.documents.PdfDocuments;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;

/**
 * The minutes of a joint material review or joint site inspection (会议纪要), as the coordinator signs them: the
 * departments and the convener by name.
 */
@Service
public class MeetingMinutes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final JointMeetings meetings;
    private final PdfDocuments pdf;
    private final Clock clock;
    private final CaseNames names;

    MeetingMinutes(JointMeetings meetings, PdfDocuments pdf, Clock clock, CaseNames names) {
        this.names = names;
        this.meetings = meetings;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The minutes (会议纪要) as a PDF: who was there, each department's opinion, who was absent and why. */
    @ReadOnly
    public byte[] of(long meetingId) {
        JointMeeting m = meetings.find(meetingId);
        List<List<String>> rows = new ArrayList<>();
        for (JointMeeting.Participant p : m.participants()) {
            String presence = Boolean.TRUE.equals(p.attended()) ? "出席"
                    : p.absenceReason().isBlank() ? (meetings.absenceMeansConsent() ? "缺席（视为同意）" : "缺席") : "缺席：" + p.absenceReason();
            rows.add(List.of(names.department(p.department()), presence, p.opinion()));
        }
        String title = m.kind() == JointMeeting.Kind.JOINT_REVIEW ? "联合会审纪要" : "联合勘查纪要";
        return pdf.render(new Document(title, m.caseNumber(), List.of(
                Block.Facts.of("办件编号", m.caseNumber(), "时间", WHEN.format(m.heldAt().atZone(clock.getZone())),
                        "地点", m.place(), "召集人", names.official(m.convenedBy())),
                new Block.Table(List.of("部门", "出席情况", "意见"), rows, List.of(2, 3, 7)),
                Block.Signature.of("召集人签字：______________")), java.time.LocalDate.now(clock)));
    }
}
