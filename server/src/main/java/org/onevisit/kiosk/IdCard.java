package org.onevisit.kiosk;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalData;

/**
 * What a second-generation resident ID card (居民身份证) holds, as its reader gives it out. {@link #toString()} shows
 * nothing personal: the card is kept only in the kiosk's session (Serializable: sessions are kept in the database,
 * encrypted, docs/adr/0050) and shown masked.
 *
 * @param sex as printed on the card: 男 or 女
 * @param ethnicity as printed on the card, e.g. 汉
 * @param issuedBy the issuing authority (签发机关)
 * @param validFrom first day of validity
 * @param validUntil last day of validity; null for a card valid for life (长期)
 * @param photo the card's photo as the reader decodes it (JPEG or PNG bytes); empty where the reader gives none
 */
public record IdCard(String name, String sex, String ethnicity, LocalDate birthDate, String address, String idNumber,
        String issuedBy, LocalDate validFrom, @Nullable LocalDate validUntil, byte[] photo) implements Serializable {

    public IdCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        if (name.isBlank() || !idNumber.matches("\\d{17}[\\dX]")) {
            throw new IllegalArgumentException("An ID card needs a name and an 18-character ID number");
        }
        photo = photo == null ? new byte[0] : photo.clone();
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    /** Whether the card is valid on this day: a reader hands out expired cards too. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public String maskedName() {
        return PersonalData.name(name);
    }

    public String maskedIdNumber() {
        return PersonalData.idNumber(idNumber);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdCard c && c.idNumber.equals(idNumber) && c.name.equals(name);
    }

    @Override
    public int hashCode() {
        return idNumber.hashCode();
    }

    @Override
    public String toString() {
        return "IdCard[" + maskedIdNumber() + "]";
    }
}
