package org.onevisit.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * The personal data inside a stored case body, encrypted before the body is written and decrypted after it is read
 * (DESIGN decision 8): the applicant's identifier and phone, the agent's ID number and phone, and every value of the
 * one form (一表申请), where addresses and contact numbers are given. Names stay readable: pages show them masked, and
 * a company's name is public.
 */
@Component
class SealedParties {

    private final PersonalDataCipher cipher;

    SealedParties(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** The case as its body is stored. */
    IntakeCase sealed(IntakeCase c) {
        return withParties(c, cipher::encrypt);
    }

    /** The case as its stored body was written. */
    IntakeCase opened(IntakeCase c) {
        return withParties(c, cipher::decrypt);
    }

    /** The encrypted values of a case as stored, to tell which key each is under. */
    List<String> sealedValues(IntakeCase stored) {
        List<String> values = new ArrayList<>(List.of(stored.applicant().identifier(), stored.applicant().phone()));
        if (stored.agent() != null) {
            values.addAll(List.of(stored.agent().idNumber(), stored.agent().phone()));
        }
        values.addAll(stored.form().values());
        return values;
    }

    /** The blind index an applicant's cases are found by: of the resident ID number or credit code in clear. */
    String applicantIndex(String identifier) {
        return cipher.index(PersonalDataCipher.Lookup.IDENTIFIER, identifier);
    }

    private static IntakeCase withParties(IntakeCase c, UnaryOperator<String> change) {
        Applicant a = c.applicant();
        Applicant applicant = new Applicant(a.legalPerson(), change.apply(a.identifier()), a.name(),
                change.apply(a.phone()), a.legalRepresentative());
        Agent g = c.agent();
        @Nullable Agent agent = g == null ? null
                : new Agent(g.name(), change.apply(g.idNumber()), change.apply(g.phone()), g.powerOfAttorneyFile());
        Map<String, String> form = new LinkedHashMap<>();
        c.form().forEach((key, value) -> form.put(key, change.apply(value)));
        return c.withParties(applicant, agent, form);
    }
}
