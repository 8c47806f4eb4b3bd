package org.onevisit.intake;

import java.util.List;

import org.onevisit.platform.PersonalDataAtRest;
import org.onevisit.platform.PersonalDataCipher.Lookup;
import org.onevisit.platform.Reencryption;
import org.onevisit.platform.Reencryption.Column;
import org.onevisit.platform.Reencryption.Outcome;
import org.onevisit.platform.Reencryption.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Intake's personal data moved to the current keys by {@code reencrypt-personal-data}: the bad-credit list, and the
 * case bodies with the blind indexes of their applicants. A body is written back only at the version read, so a case
 * changed meanwhile keeps its change (written under the current key already).
 */
@Component
class IntakeAtRest implements PersonalDataAtRest {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SealedParties parties;

    private final Cases cases;

    IntakeAtRest(JdbcClient jdbc, JsonMapper json, SealedParties parties, Cases cases) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.json = json;
        this.parties = parties;
    }

    @Override
    public long reencrypt(Reencryption reencryption) {
        return reencryption.rewrite("intake_bad_credit", "identifier_index",
                Column.indexed("identifier_encrypted", "identifier_index", Lookup.IDENTIFIER))
                + reencryption.eachRow("intake_case", "number", List.of("body", "version", "applicant_index"),
                        row -> rewriteBody(reencryption, row));
    }

    private Outcome rewriteBody(Reencryption reencryption, Row row) {
        IntakeCase stored = json.readValue(row.value(0), IntakeCase.class);
        IntakeCase opened = parties.opened(stored);
        String index = reencryption.index(Lookup.IDENTIFIER, opened.parties().applicant().identifier());
        List<String> others = opened.parties().coApplicants().stream()
                .map(o -> reencryption.index(Lookup.IDENTIFIER, o.applicant().identifier())).distinct().sorted().toList();
        String number = String.valueOf(row.key());
        if (parties.sealedValues(stored).stream().allMatch(reencryption::current) && index.equals(row.value(2))
                && others.equals(cases.coApplicantIndexes(number))) {
            return Outcome.CURRENT;
        }
        Outcome written = Reencryption.written(jdbc.sql(
                        "UPDATE intake_case SET body = ?, applicant_index = ? WHERE number = ? AND version = ?")
                .params(json.writeValueAsString(parties.sealed(opened)), index, row.key(), Long.parseLong(row.value(1)))
                .update());
        if (written == Outcome.REWRITTEN) {
            cases.indexCoApplicants(number, others);
        }
        return written;
    }
}
