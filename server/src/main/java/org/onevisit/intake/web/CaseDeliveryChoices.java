package org.onevisit.intake.web;

import java.util.Optional;

import org.onevisit.delivery.DeliveryChoices;
import org.onevisit.intake.Intake;
import org.onevisit.platform.DomainException;
import org.springframework.stereotype.Component;

/** For the counter's deliveries: the choice of pickup or express the case's one form carries ({@link DeliveryChoice}). */
@Component
class CaseDeliveryChoices implements DeliveryChoices {

    private final Intake intake;

    CaseDeliveryChoices(Intake intake) {
        this.intake = intake;
    }

    @Override
    public Optional<Choice> of(String caseNumber) {
        try {
            return Optional.ofNullable(DeliveryChoice.inForm(intake.find(caseNumber).parties().form()))
                    .map(c -> new Choice(c.method(), c.address()));
        } catch (DomainException unknown) {
            return Optional.empty();
        }
    }
}
