package org.onevisit.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.CaseFile;
import org.onevisit.casework.CaseHandling;
import org.onevisit.casework.CaseNames;
import org.onevisit.casework.CasePlans;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.FileItem;
import org.onevisit.casework.LegalTimeLimits;
import org.onevisit.casework.MaterialsOnFile;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.certificates.Certificate;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriUtils;

/**
 * What a case's review page shows, by name: the case, its materials and their files (from the module that received
 * them, {@link MaterialsOnFile}), its plan, every department's review and opinion, each item's decision with its
 * decision document and e-certificate, and the history. {@link ReviewPages} renders it and takes the posts.
 */
@Component
class ReviewCaseModel {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Reviewing reviewing;
    private final Deciding deciding;
    private final CaseHandling handling;
    private final CasePlans plans;
    private final CaseNames names;
    private final ObjectProvider<MaterialsOnFile> materials;
    private final CertificateRegister certificates;
    private final LegalTimeLimits limits;
    private final CaseTimeline timeline;
    private final ReviewLights lights;
    private final MessageSource messages;
    private final Clock clock;

    ReviewCaseModel(Reviewing reviewing, Deciding deciding, CaseHandling handling, CasePlans plans, CaseNames names,
            ObjectProvider<MaterialsOnFile> materials, CertificateRegister certificates, LegalTimeLimits limits,
            CaseTimeline timeline, ReviewLights lights, MessageSource messages, Clock clock) {
        this.reviewing = reviewing;
        this.deciding = deciding;
        this.handling = handling;
        this.plans = plans;
        this.names = names;
        this.materials = materials;
        this.certificates = certificates;
        this.limits = limits;
        this.timeline = timeline;
        this.lights = lights;
        this.messages = messages;
        this.clock = clock;
    }

    /** The accepted case; not found (404) before acceptance. */
    CaseFile caseFile(String number) {
        return handling.find(number).orElseThrow(
                () -> new DomainException(Kind.NOT_FOUND, "casework-case-not-accepted", "No accepted case " + number, number));
    }

    /** Fills the model of the case page for {@code username}. */
    void fill(String number, String username, Model model, Locale locale) {
        CaseFile c = caseFile(number);
        Names shown = new Names(c, locale);
        Map<String, Deciding.Decision> decisions = new LinkedHashMap<>();
        deciding.decisionsOf(number).forEach(d -> decisions.put(d.itemCode(), d));
        List<ReviewTask> tasks = reviewing.ofCase(number);
        Map<String, String> stageNames = new HashMap<>();
        List<CasePlans.PlannedStage> stages = plans.of(number);
        stages.forEach(s -> stageNames.put(s.key(), s.name()));
        Map<String, Deciding.ItemChoices> choices = deciding.choices(number, username);

        List<ReviewItemView> items = new ArrayList<>();
        for (FileItem item : c.facts().items()) {
            List<ReviewRow> rows = tasks.stream().filter(t -> t.itemCode().equals(item.code()))
                    .map(t -> new ReviewRow(lights.view(t), t, shown.department(t.department()),
                            stageNames.getOrDefault(t.terms().stageKey(), t.terms().stageKey()),
                            shown.official(t.answer().by()), minutes(t.answer().at()),
                            t.owed() == null ? "" : shown.official(t.owed().by()),
                            t.owed() == null ? "" : minutes(t.owed().at()), reviewing.mayAnswer(t, username)))
                    .toList();
            boolean allDone = !rows.isEmpty() && rows.stream().allMatch(r -> r.task().status().done());
            boolean objected = rows.stream().anyMatch(r -> r.task().status() == TaskStatus.OBJECTED);
            List<ReviewRow> lateObjections = rows.stream().filter(r -> r.view().lateOpinion() == Opinion.OBJECTION).toList();
            Deciding.ItemChoices mine = choices.getOrDefault(item.code(), new Deciding.ItemChoices(false, false, ""));
            items.add(new ReviewItemView(item.code(), shown.item(item.code()), item.department(), shown.department(item.department()),
                    rows, allDone, objected || !lateObjections.isEmpty(), lateObjections,
                    decision(number, decisions.get(item.code()), shown), shown.item(mine.waitsFor()), mine.decide(),
                    mine.decideOnTheSpot()));
        }
        model.addAttribute("c", c);
        model.addAttribute("legal", limits.of(c.facts()));
        model.addAttribute("applicantName", c.facts().holder().maskedName());
        model.addAttribute("items", items);
        model.addAttribute("plan", plan(stages, c, tasks, shown));
        model.addAttribute("materials", materials(number, username, shown));
        model.addAttribute("answers", answers(number, username));
        model.addAttribute("timeline", timeline.of(number, locale, shown));
    }

    /** The item's name in the case, for a confirmation page. */
    String itemName(CaseFile c, String code) {
        return c.facts().items().stream().filter(i -> i.code().equals(code)).map(FileItem::name).findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-item-not-in-case",
                        "Case " + c.number() + " has no item " + code, c.number(), code));
    }

    String departmentName(String code, Locale locale) {
        return names.department(code, locale);
    }

    private @Nullable ReviewItemDecision decision(String number, Deciding.@Nullable Decision d, Names shown) {
        if (d == null) {
            return null;
        }
        String document = "/api/v1/cases/" + segment(number) + "/items/" + segment(d.itemCode()) + "/decision-document";
        Optional<Certificate> issued = d.approved() ? certificates.issuedFor(number, d.itemCode()) : Optional.empty();
        String certificate = issued.map(Certificate::number).orElse(null);
        return new ReviewItemDecision(d.approved(), shown.official(d.decidedBy()),
                MINUTES.format(d.decidedAt().atZone(clock.getZone())), d.delegated(), d.reasons(), document, certificate,
                certificate == null ? "" : "/api/v1/certificates/" + segment(certificate) + "/pdf",
                certificate == null ? "" : "/certificates/verify?number=" + segment(certificate));
    }

    private List<ReviewPlanView> plan(List<CasePlans.PlannedStage> stages, CaseFile c, List<ReviewTask> tasks, Names shown) {
        Map<String, String> stageNames = new HashMap<>();
        stages.forEach(s -> stageNames.put(s.key(), s.name()));
        List<ReviewPlanView> plan = new ArrayList<>();
        for (CasePlans.PlannedStage stage : stages) {
            List<ReviewPlanView.Item> items = new ArrayList<>();
            for (FileItem item : c.facts().items()) {
                List<ReviewPlanView.Department> departments = tasks.stream()
                        .filter(t -> t.itemCode().equals(item.code()) && t.terms().stageKey().equals(stage.key()))
                        .map(t -> new ReviewPlanView.Department(shown.department(t.department()),
                                t.department().equals(item.department()), t.status()))
                        .toList();
                if (!departments.isEmpty()) {
                    items.add(new ReviewPlanView.Item(item.code(), shown.item(item.code()), departments));
                }
            }
            plan.add(new ReviewPlanView(stage.key(), stage.name(),
                    stage.after().stream().map(k -> stageNames.getOrDefault(k, k)).toList(), items));
        }
        return plan;
    }

    private List<ReviewMaterialView> materials(String number, String username, Names shown) {
        MaterialsOnFile source = materials.getIfAvailable();
        if (source == null) {
            return List.of();
        }
        return source.of(number, username).stream()
                .map(m -> new ReviewMaterialView(m, m.neededBy().stream().map(shown::item).toList())).toList();
    }

    /** The answers of the case's one form, from the module that received the case. */
    private List<MaterialsOnFile.AnswerOnFile> answers(String number, String username) {
        MaterialsOnFile source = materials.getIfAvailable();
        return source == null ? List.of() : source.answers(number, username);
    }

    private String minutes(@Nullable Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(clock.getZone()));
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The names of one page: each department and official looked up once. */
    private final class Names implements CaseTimeline.Names {

        private final CaseFile c;
        private final Locale locale;
        private final Map<String, String> departments = new HashMap<>();
        private final Map<String, String> officials = new HashMap<>();

        Names(CaseFile c, Locale locale) {
            this.c = c;
            this.locale = locale;
        }

        String department(String code) {
            return departments.computeIfAbsent(code, d -> names.department(d, locale));
        }

        private final Map<String, String> items = new HashMap<>();

        String item(String code) {
            return items.computeIfAbsent(code, k -> c.facts().items().stream().filter(i -> i.code().equals(k))
                    .map(i -> names.item(i, locale)).findFirst().orElse(k));
        }

        String official(@Nullable String username) {
            if (username == null || username.isBlank()) {
                return "";
            }
            return officials.computeIfAbsent(username, this::lookUp);
        }

        private String lookUp(String username) {
            if (username.equalsIgnoreCase("system")) {
                return messages.getMessage("casework.page.system", null, username, locale);
            }
            String name = names.official(username);
            // An applicant's account is no official's: the applicant, by the (masked) name of the case.
            return !name.equals(username) ? name
                    : messages.getMessage("casework.page.applicantActor", new Object[] {c.facts().holder().maskedName()},
                            username, locale);
        }

        @Override
        public String actor(String actor) {
            return official(actor);
        }

        @Override
        public String subject(String subject) {
            int slash = subject.indexOf('/');
            return slash < 0 ? item(subject) : item(subject.substring(0, slash)) + " · " + department(subject.substring(slash + 1));
        }
    }
}
