package org.onevisit.supervision.complaints.web;

import java.util.List;
import java.util.Locale;

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

    ComplaintView of(Complaint c, Locale locale) {
        String department = c.department();
        return ComplaintView.of(c, complaints.today(), department == null ? null
                : parties.departmentName(department, locale).orElse(department));
    }

    List<ComplaintView> of(List<Complaint> list, Locale locale) {
        return list.stream().map(c -> of(c, locale)).toList();
    }

    List<ComplaintParties.Department> departments(Locale locale) {
        return parties.departments(locale);
    }
}
