package org.onevisit.kiosk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the hall's kiosks run ({@code onevisit.kiosk.*}).
 *
 * @param idleTimeout a kiosk session with no touch for this long ends: back to the start screen, the card forgotten
 * @param idleWarning how long before the end the screen counts down
 * @param printer the name of the operating system's print queue the kiosks print on (CUPS: the queue's name)
 * @param deviceSecret the key that signs the cookie of an enrolled kiosk; blank: the demo key with demo data on, no
 *        enrolment at all with demo data off
 * @param devices the hall's kiosks, each with the counter account its pre-checks are registered under
 * @param reader {@code simulated} for the demo reader, {@code none} for no reader; blank: simulated with demo data on
 * @param simulatedCard the card "lying on" the simulated reader
 */
@ConfigurationProperties("onevisit.kiosk")
public record KioskSettings(@Nullable Duration idleTimeout, @Nullable Duration idleWarning, @Nullable String printer,
        @Nullable String deviceSecret, @Nullable List<Device> devices, @Nullable String reader,
        @Nullable SimulatedCard simulatedCard) {

    public KioskSettings {
        idleTimeout = idleTimeout == null ? Duration.ofSeconds(90) : idleTimeout;
        idleWarning = idleWarning == null ? Duration.ofSeconds(20) : idleWarning;
        if (idleTimeout.compareTo(Duration.ofSeconds(15)) < 0 || idleWarning.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException("onevisit.kiosk.idle-timeout must be at least 15 s and longer than "
                    + "onevisit.kiosk.idle-warning");
        }
        printer = printer == null || printer.isBlank() ? "PDF" : printer.strip();
        deviceSecret = deviceSecret == null ? "" : deviceSecret.strip();
        devices = devices == null ? List.of() : List.copyOf(devices);
        reader = reader == null ? "" : reader.strip();
    }

    /**
     * A kiosk of the hall.
     *
     * @param id the kiosk's name on its label and in the audit, e.g. KIOSK-01
     * @param account the counter account (a clerk's) that registers what the kiosk hands in, as the policy of intake
     *        has it: a kiosk of the hall works under the counter
     * @param place where it stands, as the enrolment page shows it
     */
    public record Device(String id, String account, @Nullable String place) {

        public Device {
            if (id == null || !id.matches("[A-Za-z0-9-]{1,40}") || account == null || account.isBlank()) {
                throw new IllegalArgumentException("A kiosk needs an id (letters, digits, dashes) and an account");
            }
            place = place == null ? "" : place;
        }
    }

    /** The card the simulated reader gives out: demo data. */
    public record SimulatedCard(@Nullable String name, @Nullable String sex, @Nullable String ethnicity,
            @Nullable LocalDate birthDate, @Nullable String address, @Nullable String idNumber,
            @Nullable String issuedBy, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil) {
    }
}
