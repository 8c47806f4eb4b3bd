package org.onevisit.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.OpenAlerts;
import org.onevisit.casework.OpenAlerts.Signal;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.casework.WatchedClock.Watched;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;


/**
 * A department's inbox (部门待办): its unanswered reviews with each one's light — green in time, yellow close to the
 * deadline, red late — the soonest due first, filtered by light or by state, with the opinions still owed after
 * 超时默认, and a tag on each row whose step or case has an alert not yet answered (预警, 黄牌, 红牌: read through
 * {@link OpenAlerts}, which supervision implements). Officials see their own department's, coordinators and supervisors any department's (the casework inbox
 * policy).
 */
@Controller
@RequestMapping("/staff/reviews")
@PreAuthorize(CaseworkApi.OFFICIALS + " or hasAnyRole('SUPERVISOR','COORDINATOR')")
class ReviewInboxPage {

    private static final int INBOX_LIMIT = 200;
    private static final List<String> LIGHTS = List.of("RED", "YELLOW", "GREEN", "NONE");
    /** The inbox's status filter: the states of tasks not yet answered, and the opinions owed after deemed consent. */
    private static final String OWED = "OWED";
    private static final List<String> INBOX_STATUSES = List.of(TaskStatus.OPEN.name(), TaskStatus.AWAITING_CORRECTION.name(),
            TaskStatus.WAITING.name(), OWED);

    private final Reviewing reviewing;
    private final ReviewLights lights;
    private final Clock clock;
    private final MessageSource messages;
    private final org.onevisit.casework.CaseNames names;
    private final org.onevisit.casework.CasePlans plans;
    private final org.onevisit.catalog.Catalog catalog;
    private final List<OpenAlerts> openAlerts;

    /** A department a coordinator or supervisor may pick to see its inbox, by name. */
    record DepartmentChoice(String code, String name) {
    }

    /**
     * A task of the inbox by name: the item's name and its stage's name, and the highest open alert (预警纠错) on its step
     * or on its case, if any.
     */
    record InboxRow(ReviewView view, String itemName, String stageName, @Nullable Signal alert) {
    }

    ReviewInboxPage(Reviewing reviewing, ReviewLights lights, Clock clock, MessageSource messages,
            org.onevisit.casework.CaseNames names, org.onevisit.casework.CasePlans plans,
            org.onevisit.catalog.Catalog catalog, ObjectProvider<OpenAlerts> openAlerts) {
        this.openAlerts = openAlerts.orderedStream().toList();
        this.names = names;
        this.plans = plans;
        this.catalog = catalog;
        this.reviewing = reviewing;
        this.lights = lights;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String inbox(@RequestParam(required = false) @Nullable String department,
            @RequestParam(defaultValue = "") String light, @RequestParam(defaultValue = "") String status,
            Authentication user, Model model, Locale locale) {
        boolean overseer = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_SUPERVISOR") || a.equals("ROLE_COORDINATOR"));
        String asked = department == null ? "" : department.strip().toUpperCase(Locale.ROOT);
        Reviewing.Inbox inbox = null;
        try {
            inbox = reviewing.inbox(asked.matches("[A-Z0-9_-]{1,20}") ? asked : null, user.getName(), INBOX_LIMIT);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
        }
        String dept = inbox == null ? null : inbox.department();
        List<ReviewView> all;
        if (inbox == null) {
            model.addAttribute("problem", message("casework.page.inbox.noDepartment", locale));
            all = List.of();
        } else {
            all = inbox.tasks().stream()
                    .map(lights::view)
                    .sorted(Comparator.comparing((ReviewView v) -> v.workingDaysLeft() == null ? 1 : 0)
                            .thenComparing(v -> v.workingDaysLeft() == null ? Integer.MAX_VALUE : v.workingDaysLeft())
                            .thenComparing(v -> v.deadline() == null ? LocalDate.MAX : v.deadline())
                            .thenComparing(ReviewView::id))
                    .toList();
        }
        String lightFilter = LIGHTS.contains(light) ? light : "";
        String statusFilter = INBOX_STATUSES.stream().filter(status::equals).findFirst().orElse("");
        List<ReviewView> found = all;
        Map<String, Long> lightCounts = new LinkedHashMap<>();
        LIGHTS.forEach(l -> lightCounts.put(l, found.stream().filter(v -> v.light().equals(l)).count()));
        Map<String, String> itemNames = new java.util.HashMap<>();
        Map<String, Map<String, String>> stageNames = new java.util.HashMap<>();
        List<ReviewView> shown = all.stream()
                .filter(v -> lightFilter.isEmpty() || v.light().equals(lightFilter))
                .filter(v -> statusFilter.isEmpty() || (statusFilter.equals(OWED) ? v.owesOpinion()
                        : v.status().name().equals(statusFilter)))
                .toList();
        Map<String, Signal> onSteps = alerts(Watched.STEP, shown.stream().map(v -> String.valueOf(v.id())).toList());
        Map<String, Signal> onCases = alerts(Watched.CASE, shown.stream().map(ReviewView::caseNumber).toList());
        model.addAttribute("rows", shown.stream()
                .map(v -> new InboxRow(v, itemNames.computeIfAbsent(v.itemCode(), code -> itemName(code, locale)),
                        stageNames.computeIfAbsent(v.caseNumber(), n -> stages(n)).getOrDefault(v.stage(), v.stage()),
                        higher(onSteps.get(String.valueOf(v.id())), onCases.get(v.caseNumber()))))
                .toList());
        model.addAttribute("departmentName", dept == null ? "" : names.department(dept, locale));
        model.addAttribute("total", all.size());
        model.addAttribute("lightCounts", lightCounts);
        model.addAttribute("statuses", INBOX_STATUSES);
        model.addAttribute("light", lightFilter);
        model.addAttribute("status", statusFilter);
        model.addAttribute("department", dept == null ? "" : dept);
        model.addAttribute("overseer", overseer);
        model.addAttribute("departmentChoices", !overseer ? List.of() : catalog.departments().stream()
                .map(d -> new DepartmentChoice(d.code(), d.name(locale))).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "casework/inbox";
    }

    /** The open alerts on these clocks, from supervision when it is there. */
    private Map<String, Signal> alerts(Watched watched, List<String> keys) {
        Map<String, Signal> found = new java.util.HashMap<>();
        if (!keys.isEmpty()) {
            openAlerts.forEach(source -> source.highest(watched, keys)
                    .forEach((key, signal) -> found.merge(key, signal, ReviewInboxPage::higher)));
        }
        return found;
    }

    private static @Nullable Signal higher(@Nullable Signal a, @Nullable Signal b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private String itemName(String code, Locale locale) {
        try {
            return catalog.item(code).details().name(locale);
        } catch (DomainException e) {
            return code;
        }
    }

    private Map<String, String> stages(String caseNumber) {
        Map<String, String> byKey = new java.util.HashMap<>();
        plans.of(caseNumber).forEach(s -> byKey.put(s.key(), s.name()));
        return byKey;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
