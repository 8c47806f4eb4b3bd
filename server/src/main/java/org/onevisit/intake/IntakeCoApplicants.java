package org.onevisit.intake;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows by which the applicants beside the first find a case ({@code intake_case_co_applicant}, migration V218) for
 * the cases stored before those rows were kept: added once when the server starts, read from each case's sealed body.
 * A case indexed meanwhile by another node is left as that node wrote it.
 */
@Component
class IntakeCoApplicants {

    private final Cases cases;
    private final SealedParties parties;
    private final TransactionTemplate transactions;

    IntakeCoApplicants(Cases cases, SealedParties parties, PlatformTransactionManager transactionManager) {
        this.cases = cases;
        this.parties = parties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexCasesStoredBefore() {
        for (String number : cases.coApplicantsNotIndexed()) {
            try {
                transactions.executeWithoutResult(status -> cases.find(number).ifPresent(c -> cases.indexCoApplicants(
                        number, c.parties().coApplicants().stream()
                                .map(o -> parties.applicantIndex(o.applicant().identifier())).toList())));
            } catch (DuplicateKeyException indexedMeanwhile) {
                // another node indexed the case at the same time: its rows are the same
            }
        }
    }
}
