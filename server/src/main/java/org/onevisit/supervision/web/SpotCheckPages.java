package org.onevisit.supervision.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.Limits;
import org.onevisit.supervision.DecisionKey;
import org.onevisit.supervision.FindingVerdict;
import org.onevisit.supervision.SpotCheck;
import org.onevisit.supervision.SpotCheck.Drawn;
import org.onevisit.supervision.SpotCheckOpening;
import org.onevisit.supervision.SpotCheckVerification;
import org.onevisit.supervision.SpotChecks;
import org.onevisit.supervision.SpotFindings;
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
 * The spot checks' pages (抽查): a group's page — its department's group, the form that opens a check, the department's
 * checks — which is also the supervisors' list of every department's checks; and a check's page — its sample with a
 * link to each case's review page, the findings recorded there, and the public verification of the sample.
 */
@Controller
@PreAuthorize(SpotCheckDesk.OPENS)
class SpotCheckPages {

    /** A group as the page shows it. */
    record GroupView(String department, String departmentName, String leaderName, List<String> memberNames) {
    }

    /** A check in a list. */
    record CheckRow(long id, String departmentName, String period, String rate, String status, String openedBy,
            String openedAt, int population, int sample, int found) {
    }

    /** A sampled decision with its finding. */
    record SampleRow(String caseNumber, String itemName, String itemCode, String decidedBy, String decidedAt,
            @Nullable String verdict, String notes, String foundBy, long version, String formId) {
    }

    /** What the open form shows again after a refusal. */
    record Entered(String department, String period, String rate, String requestKey) {
    }

    private final SpotCheckOpening opening;
    private final SpotChecks checks;
    private final SpotFindings findings;
    private final SupervisionGroups groups;
    private final SpotCheckPageContext context;

    SpotCheckPages(SpotCheckOpening opening, SpotChecks checks, SpotFindings findings, SupervisionGroups groups,
            SpotCheckPageContext context) {
        this.opening = opening;
        this.checks = checks;
        this.findings = findings;
        this.groups = groups;
        this.context = context;
    }

    @GetMapping("/supervision/spot-checks")
    String list(Principal user, Model model, Locale locale) {
        SpotCheckWords words = context.words(locale);
        Actor who = groups.official(user.getName());
        boolean supervisor = who.holds(StaffRole.SUPERVISOR);
        List<SupervisionGroup> own = groups.of(who);
        model.addAttribute("supervisor", supervisor);
        model.addAttribute("groups", own.stream().map(g -> view(g, words)).toList());
        List<SupervisionGroup> openable = supervisor ? groups.all() : own;
        model.addAttribute("departments", openable.stream().map(g -> view(g, words)).toList());
        model.addAttribute("defaultRate", opening.defaultRate().value().toPlainString());
        model.addAttribute("checks", checks.list(user.getName()).stream().map(c -> new CheckRow(c.id(),
                words.department(c.department()), c.period(), SpotCheckWords.percent(c.rate()), c.status().name(),
                words.person(c.openedBy()), words.time(c.openedAt()), c.population(), c.sample(), c.found())).toList());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", new Entered(openable.size() == 1 ? openable.get(0).department() : "", "",
                    "", UUID.randomUUID().toString()));
        }
        return "supervision/spot-checks";
    }

    @PostMapping("/supervision/spot-checks")
    String open(@RequestParam(defaultValue = "") @Size(max = Limits.DEPARTMENT) String department,
            @RequestParam(defaultValue = "") @Size(max = 30) String period,
            @RequestParam(defaultValue = "") @Size(max = 10) String rate,
            @RequestParam(defaultValue = "") @Size(max = 100) String requestKey, Principal user, Model model,
            Locale locale) {
        try {
            String key = requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey;
            SpotCheckOpening.Opened opened = opening.open(department, period, rate(rate), key, user.getName());
            return "redirect:/supervision/spot-checks/" + opened.check().id();
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(context.messages(), e, locale));
            model.addAttribute("entered", new Entered(department, period, rate, UUID.randomUUID().toString()));
            return list(user, model, locale);
        }
    }

    @GetMapping("/supervision/spot-checks/{id}")
    String check(@PathVariable long id, Principal user, Model model, Locale locale) {
        SpotCheckWords words = context.words(locale);
        SpotCheck check = checks.find(id, user.getName());
        model.addAttribute("check", check);
        model.addAttribute("departmentName", words.department(check.department()));
        model.addAttribute("rate", SpotCheckWords.percent(check.rate()));
        model.addAttribute("openedBy", words.person(check.openedBy()));
        model.addAttribute("openedAt", words.time(check.openedAt()));
        model.addAttribute("sample", check.sample().stream().map(d -> row(d, words)).toList());
        model.addAttribute("verdicts", FindingVerdict.values());
        model.addAttribute("corrections", checks.corrections(id, user.getName()));
        if (check.status() != SpotCheck.Status.DRAWING) {
            SpotCheckVerification v = checks.verify(id);
            model.addAttribute("verification", v);
        }
        return "supervision/spot-check";
    }

    @PostMapping("/supervision/spot-checks/{id}/findings")
    String finding(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = Limits.NUMBER) String caseNumber,
            @RequestParam(defaultValue = "") @Size(max = Limits.CODE) String itemCode,
            @RequestParam(defaultValue = "") @Size(max = 20) String verdict,
            @RequestParam(defaultValue = "") @Size(max = SpotFindings.MAX_NOTES) String notes,
            @RequestParam(defaultValue = "0") long version, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            findings.record(id, new DecisionKey(caseNumber, itemCode), verdict(verdict), notes, version, user.getName());
            redirect.addFlashAttribute("done", context.messages().getMessage("spotchecks.recorded", null, locale));
            return "redirect:/supervision/spot-checks/" + id + "#finding-" + caseNumber + "-" + itemCode;
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(context.messages(), e, locale));
            return check(id, user, model, locale);
        }
    }

    private static SampleRow row(Drawn d, SpotCheckWords words) {
        var f = d.finding();
        return new SampleRow(d.decision().caseNumber(), words.item(d.decision().itemCode()), d.decision().itemCode(),
                words.person(d.decidedBy()), words.time(d.decidedAt()), f == null ? null : f.verdict().name(),
                f == null ? "" : f.notes(), f == null ? "" : words.person(f.foundBy()), d.version(),
                "finding-" + d.decision().caseNumber() + "-" + d.decision().itemCode());
    }

    static GroupView view(SupervisionGroup g, SpotCheckWords words) {
        return new GroupView(g.department(), words.department(g.department()), words.person(g.leader()),
                g.members().stream().map(words::person).toList());
    }

    private static @Nullable BigDecimal rate(String text) {
        if (text.isBlank()) {
            return null;
        }
        String given = text.strip();
        try {
            return given.endsWith("%") ? new BigDecimal(given.substring(0, given.length() - 1).strip()).movePointLeft(2)
                    : new BigDecimal(given);
        } catch (NumberFormatException e) {
            throw new DomainException(Kind.INVALID, "spot-check-rate-invalid", "Not a rate: " + given, given);
        }
    }

    private static FindingVerdict verdict(String text) {
        try {
            return FindingVerdict.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(Kind.INVALID, "spot-check-verdict-missing", "Choose a finding.");
        }
    }
}
