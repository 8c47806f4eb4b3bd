package org.onevisit.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.ApplicantRole;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who applies and what they told: the applicant, the agent acting for them if any, and the one form (一表申请), each
 * datum asked once for all items; where the item or bundle needs several applicants (a house sale's buyer and seller),
 * the first applicant's role and the other applicants with theirs. The personal data of a case is here and nowhere
 * else in it: each applicant's identifier and phone, the agent's ID number and phone, and every value of the form,
 * where addresses and contact numbers are given. Names stay readable: pages show them masked, and a company's name is
 * public. Bodies stored before there were several applicants read with no role and no other applicant; a case with one
 * applicant is stored without the two fields, as before.
 *
 * @param applicantRole the role of the first applicant, blank where the item or bundle declares none
 * @param coApplicants the applicants beside the first, each in a role
 */
public record Parties(Applicant applicant, @Nullable Agent agent, Map<String, String> form,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String applicantRole,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RoledApplicant> coApplicants) {

    public Parties {
        form = Map.copyOf(form);
        applicantRole = applicantRole == null ? "" : applicantRole;
        coApplicants = coApplicants == null ? List.of() : List.copyOf(coApplicants);
    }

    /** The parties of a case with one applicant. */
    public Parties(Applicant applicant, @Nullable Agent agent, Map<String, String> form) {
        this(applicant, agent, form, "", List.of());
    }

    /** Every applicant of the case in order, the first one first, each with their role (blank when none is needed). */
    public List<RoledApplicant> applicants() {
        List<RoledApplicant> all = new ArrayList<>();
        all.add(new RoledApplicant(applicantRole, applicant));
        all.addAll(coApplicants);
        return all;
    }

    /** The phone of every applicant, the first applicant's first, each once: the text messages about the case go to each. */
    public List<String> phones() {
        return applicants().stream().map(r -> r.applicant().phone()).filter(p -> p != null && !p.isBlank()).distinct()
                .toList();
    }

    /**
     * Checks the applicants against the roles the item or bundle declares: with none declared, one applicant; else
     * each applicant in a declared role, each role with at least as many applicants as it needs, no one twice.
     */
    void checkRoles(List<ApplicantRole> roles) {
        if (roles.isEmpty()) {
            if (!applicantRole.isBlank() || !coApplicants.isEmpty()) {
                throw IntakeRefused.rule("intake-applicants-one", "The item takes one applicant, without a role");
            }
            return;
        }
        List<RoledApplicant> all = applicants();
        Set<String> keys = roles.stream().map(ApplicantRole::key).collect(Collectors.toSet());
        all.stream().filter(a -> !keys.contains(a.role())).findFirst().ifPresent(a -> {
            throw IntakeRefused.rule("intake-applicant-role-unknown", "No applicant role " + a.role(), a.role(),
                    String.join("、", roles.stream().map(ApplicantRole::name).toList()));
        });
        for (ApplicantRole role : roles) {
            long count = all.stream().filter(a -> a.role().equals(role.key())).count();
            if (count < role.atLeast()) {
                throw IntakeRefused.rule("intake-applicant-role-missing",
                        "The case needs at least " + role.atLeast() + " applicant(s) as " + role.key(), role.name(),
                        role.atLeast());
            }
        }
        if (all.stream().map(a -> a.applicant().identifier()).distinct().count() < all.size()) {
            throw IntakeRefused.rule("intake-applicant-twice", "The same applicant is named twice");
        }
    }

    /** The parties with each personal value changed, e.g. encrypted before storing or decrypted after reading. */
    public Parties withPersonalData(UnaryOperator<String> change) {
        Applicant a = applicant;
        Applicant changedApplicant = new Applicant(a.legalPerson(), change.apply(a.identifier()), a.name(),
                change.apply(a.phone()), a.legalRepresentative());
        Agent g = agent;
        Agent changedAgent = g == null ? null
                : new Agent(g.name(), change.apply(g.idNumber()), change.apply(g.phone()), g.powerOfAttorneyFile());
        Map<String, String> changedForm = new LinkedHashMap<>();
        form.forEach((key, value) -> changedForm.put(key, change.apply(value)));
        List<RoledApplicant> changedOthers = coApplicants.stream().map(o -> new RoledApplicant(o.role(),
                new Applicant(o.applicant().legalPerson(), change.apply(o.applicant().identifier()), o.applicant().name(),
                        change.apply(o.applicant().phone()), o.applicant().legalRepresentative()))).toList();
        return new Parties(changedApplicant, changedAgent, changedForm, applicantRole, changedOthers);
    }

    /** Every personal value as it is: stored, each tells which key it is under. */
    public List<String> personalData() {
        List<String> values = new ArrayList<>(List.of(applicant.identifier(), applicant.phone()));
        if (agent != null) {
            values.addAll(List.of(agent.idNumber(), agent.phone()));
        }
        values.addAll(form.values());
        coApplicants.forEach(o -> values.addAll(List.of(o.applicant().identifier(), o.applicant().phone())));
        return values;
    }
}
