package org.onevisit.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * Who applies and what they told: the applicant, the agent acting for them if any, and the one form (一表申请), each
 * datum asked once for all items. The personal data of a case is here and nowhere else in it: the applicant's
 * identifier and phone, the agent's ID number and phone, and every value of the form, where addresses and contact
 * numbers are given. Names stay readable: pages show them masked, and a company's name is public.
 */
public record Parties(Applicant applicant, @Nullable Agent agent, Map<String, String> form) {

    public Parties {
        form = Map.copyOf(form);
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
        return new Parties(changedApplicant, changedAgent, changedForm);
    }

    /** Every personal value as it is: stored, each tells which key it is under. */
    public List<String> personalData() {
        List<String> values = new ArrayList<>(List.of(applicant.identifier(), applicant.phone()));
        if (agent != null) {
            values.addAll(List.of(agent.idNumber(), agent.phone()));
        }
        values.addAll(form.values());
        return values;
    }
}
