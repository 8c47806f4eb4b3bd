package org.onevisit.kiosk.web;

import org.onevisit.kiosk.IdCard;

/** The person whose card was read, as the kiosk's screens show them: masked. */
record PersonView(String name, String idNumber) {

    static PersonView of(IdCard card) {
        return new PersonView(card.maskedName(), card.maskedIdNumber());
    }
}
