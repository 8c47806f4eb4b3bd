package org.onevisit.intake;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalData;

/**
 * A person acting for the applicant (代理人 / 经办人) with a power of attorney (授权委托书), itself kept as a
 * file of the case.
 */
public record Agent(String name, String idNumber, String phone, @Nullable String powerOfAttorneyFile) {

    @Override
    public String toString() {
        return "Agent[" + PersonalData.idNumber(idNumber) + "]";
    }
}
