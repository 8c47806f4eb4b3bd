package org.onevisit.people;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Made-up, checksum-valid numbers that differ on every call, for tests that share one database. */
public final class TestIdentities {

    private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestIdentities() {
    }

    /** A resident ID number of the example region 330999, born between 1950 and 2000. */
    public static String aResidentIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String first17 = "330999" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A company's credit code of the example region 330999. */
    public static String aCreditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder organisation = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            organisation.append(CREDIT_CHARSET.charAt(random.nextInt(CREDIT_CHARSET.length())));
        }
        String first17 = "91330999" + organisation + CreditCode.organisationCheckCharacter(organisation.toString());
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** A username no other test uses. */
    public static String aUsername(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
