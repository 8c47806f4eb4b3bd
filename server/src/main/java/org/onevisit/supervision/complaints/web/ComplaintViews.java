package org.onevisit.supervision.complaints.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.supervision.ComplaintParties;
import org.onevisit.supervision.complaints.Complaint;
import org.onevisit.supervision.complaints.Complaints;
import org.springframework.stereotype.Component;

/** Complaints as views: the department by name, late or not as of today in the centre. */
@Component
class ComplaintViews {

    private final Complaints complaints;
    private final ComplaintParties parties;

    ComplaintViews(Complaints complaints, ComplaintParties parties) {
        this.complaints = complaints;
        this.parties = parties;
    }

    /** A complaint shown alone: an account's complaint with the holder's name and masked phone. */
    ComplaintView of(Complaint c, Locale locale) {
        String account = c.complainant().account();
        return view(c, locale, account == null ? null : parties.contactOf(account).orElse(null));
    }

    /** Complaints in a list, without looking up each account. */
    List<ComplaintView> of(List<Complaint> list, Locale locale) {
        return list.stream().map(c -> view(c, locale, null)).toList();
    }

    private ComplaintView view(Complaint c, Locale locale, ComplaintParties.@Nullable Contact holder) {
        String department = c.department();
        return ComplaintView.of(c, complaints.today(), department == null ? null
                : parties.departmentName(department, locale).orElse(department), holder);
    }

    List<ComplaintParties.Department> departments(Locale locale) {
        return parties.departments(locale);
    }
}
