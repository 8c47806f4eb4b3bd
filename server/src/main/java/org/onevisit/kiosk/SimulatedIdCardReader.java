package org.onevisit.kiosk;

import java.util.Optional;

import org.onevisit.kiosk.KioskSettings.SimulatedCard;

/**
 * DEMO ONLY, unsafe for production: an ID card reader with no device behind it, which answers with the card that
 * {@code onevisit.kiosk.simulated-card} names, as if it lay on the reader. Anybody at an enrolled kiosk so "is" that
 * person: production refuses to start with it ({@link KioskProductionCheck}). Without a configured card, no card lies
 * on the reader.
 */
final class SimulatedIdCardReader implements IdCardReader {

    private final SimulatedCard card;

    SimulatedIdCardReader(SimulatedCard card) {
        this.card = card;
    }

    @Override
    public Optional<IdCard> read() {
        if (card.idNumber() == null || card.idNumber().isBlank() || card.name() == null || card.birthDate() == null
                || card.validFrom() == null) {
            return Optional.empty();
        }
        return Optional.of(new IdCard(card.name(), text(card.sex()), text(card.ethnicity()), card.birthDate(),
                text(card.address()), card.idNumber(), text(card.issuedBy()), card.validFrom(), card.validUntil(),
                new byte[0]));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
