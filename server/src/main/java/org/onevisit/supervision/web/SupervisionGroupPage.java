package org.onevisit.supervision.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onevisit.people.StaffMember;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.Limits;
import org.onevisit.supervision.SupervisionGroup;
import org.onevisit.supervision.SupervisionGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.constraints.Size;

/**
 * The supervision groups (监管小组) for administrators and supervisors: each department's principal head with the group
 * they lead, and a form per department that sets the group up or changes it (the same use case as the API).
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
class SupervisionGroupPage {

    /** A department's head and its group as the form shows it. */
    record HeadRow(String department, String departmentName, String leader, String leaderName, String members,
            List<String> memberNames, long version) {
    }

    private final SupervisionGroups groups;
    private final SpotCheckPageContext context;

    SupervisionGroupPage(SupervisionGroups groups, SpotCheckPageContext context) {
        this.groups = groups;
        this.context = context;
    }

    @GetMapping("/supervision/groups")
    String page(Model model, Locale locale) {
        SpotCheckWords words = context.words(locale);
        List<HeadRow> heads = groups.heads().stream().map(h -> row(h, words)).toList();
        model.addAttribute("heads", heads);
        return "supervision/groups";
    }

    @PostMapping("/supervision/groups/{department}")
    String setUp(@PathVariable @Size(max = Limits.DEPARTMENT) String department,
            @RequestParam(defaultValue = "") @Size(max = Limits.USERNAME) String leader,
            @RequestParam(defaultValue = "") @Size(max = 2_100) String members,
            @RequestParam(defaultValue = "0") long version, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            groups.setUp(department, leader, Arrays.stream(members.split("[,，;；\\s]+")).filter(m -> !m.isBlank()).toList(),
                    version, user.getName());
            redirect.addFlashAttribute("done", context.messages().getMessage("spotchecks.groups.saved",
                    new Object[] {context.words(locale).department(department)}, locale));
            return "redirect:/supervision/groups";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(context.messages(), e, locale));
            return page(model, locale);
        }
    }

    private HeadRow row(StaffMember head, SpotCheckWords words) {
        String department = java.util.Objects.requireNonNull(head.departmentCode());
        Optional<SupervisionGroup> group = groups.of(department).filter(g -> g.leader().equals(head.username()));
        List<String> members = group.map(SupervisionGroup::members).orElse(List.of());
        return new HeadRow(department, words.department(department), head.username(), head.displayName(),
                String.join(", ", members), members.stream().map(words::person).toList(),
                groups.of(department).map(SupervisionGroup::version).orElse(0L));
    }
}
