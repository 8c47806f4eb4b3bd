package org.onevisit.notification;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's SMS centre (SMSC) reached over SMPP 3.4, {@code onevisit.sms.smpp.*} (ADR 0045). Without a host, SMS
 * are only written to the log (the demo).
 *
 * @param host the SMSC's host; unset: no SMPP
 * @param systemId the account (system_id) the operator gave the centre
 * @param sourceAddress the centre's sender number, e.g. its 106… service number
 * @param bindType {@code TRANSMITTER} (bind_transmitter) or {@code TRANSCEIVER} (bind_transceiver)
 * @param countryCode put before the 11-digit mobile number as an international number (TON 1, NPI 1); blank: the
 *     national number as it is (TON 0, NPI 1)
 * @param timeout how long a bind or a submit_sm waits for the SMSC's answer
 * @param enquireLinkInterval how often an idle session asks the SMSC whether it is still there
 */
@ConfigurationProperties("onevisit.sms.smpp")
record SmppProperties(@Nullable String host, @DefaultValue("2775") int port, @DefaultValue("") String systemId,
        @DefaultValue("") String password, @DefaultValue("") String systemType, @DefaultValue("") String sourceAddress,
        @DefaultValue("TRANSMITTER") Bind bindType, @DefaultValue("86") String countryCode,
        @DefaultValue("10s") Duration timeout, @DefaultValue("30s") Duration enquireLinkInterval) {

    /** How OneVisit binds: it only submits; a transceiver also receives (and acknowledges) delivery reports. */
    enum Bind {
        TRANSMITTER, TRANSCEIVER
    }

    @Override
    public String toString() {
        return "SmppProperties[" + host + ":" + port + ", " + systemId + ", " + bindType + "]";
    }
}
