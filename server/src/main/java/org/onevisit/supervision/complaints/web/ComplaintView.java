package org.onevisit.supervision.complaints.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalData;
import org.onevisit.supervision.ComplaintParties;
import org.onevisit.supervision.complaints.Complaint;
import org.onevisit.supervision.complaints.ComplaintCategory;
import org.onevisit.supervision.complaints.ComplaintChannel;
import org.onevisit.supervision.complaints.ComplaintState;
import org.onevisit.supervision.complaints.Complainant;

/**
 * A complaint as the API and the pages show it: the complainant's phone masked, the department by name, whether the
 * step it waits for is late.
 *
 * @param version what a step on it sends back, so that two people acting at once cannot both succeed
 * @param due the day the step it waits for (the decision to accept, the department's answer) is due
 */
public record ComplaintView(String number, long version, ComplaintChannel channel, ComplaintCategory category,
        ComplaintState state, String text, @Nullable String caseNumber, @Nullable String referral,
        ComplainantView complainant, LocalDate receivedOn, LocalDate acceptanceDue, @Nullable LocalDate due,
        boolean overdue, @Nullable LocalDate decidedOn, @Nullable String refusalReason, @Nullable String department,
        @Nullable String departmentName, @Nullable LocalDate routedOn, @Nullable LocalDate answerDue,
        @Nullable String answer, @Nullable LocalDate answeredOn, @Nullable String result, @Nullable LocalDate closedOn) {

    /**
     * @param name a real-name complainant's name (an account's holder's where the complaint is shown alone); null for
     *     the anonymous
     */
    public record ComplainantView(Complainant.Kind kind, boolean realName, @Nullable String name,
            @Nullable String maskedPhone) {
    }

    /**
     * @param holder the account's holder, for a complaint made on the portal, when the complaint is shown alone
     */
    static ComplaintView of(Complaint c, LocalDate today, @Nullable String departmentName,
            ComplaintParties.@Nullable Contact holder) {
        var d = c.decision();
        var r = c.routing();
        var a = c.answer();
        var z = c.closure();
        Complainant who = c.complainant();
        return new ComplaintView(c.number(), c.version(), c.filing().channel(), c.filing().category(), c.state(),
                c.filing().text(), c.filing().caseNumber(), c.filing().referral(),
                holder == null ? new ComplainantView(who.kind(), who.realName(), who.name(), who.maskedPhone())
                        : new ComplainantView(who.kind(), true, holder.name(), PersonalData.phone(holder.phone())),
                c.filing().receivedOn(),
                c.filing().acceptanceDue(), c.due(), c.overdue(today), d == null ? null : d.on(),
                d == null ? null : d.refusalReason(), r == null ? null : r.department(), departmentName,
                r == null ? null : r.on(), r == null ? null : r.answerDue(), a == null ? null : a.text(),
                a == null ? null : a.on(), z == null ? null : z.result(), z == null ? null : z.on());
    }
}
