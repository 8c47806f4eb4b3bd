package org.onevisit.notification;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends text messages to the operator's SMSC over SMPP 3.4 with jSMPP (ADR 0045): one session, bound as transmitter
 * or transceiver, kept alive by enquire_link and bound again on the next send once it is lost (the outbox retries
 * the message that found it lost). Text goes in UCS-2, long text concatenated ({@link SmsParts}). A refusal by the
 * SMSC (a submit_sm_resp with an error status) fails the send with the status, which names no recipient.
 */
final class SmppSmsGateway implements SmsGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmppSmsGateway.class);

    private final SmppProperties properties;
    private final AtomicInteger references = new AtomicInteger();
    private @Nullable SMPPSession session;

    SmppSmsGateway(SmppProperties properties) {
        this.properties = properties;
    }

    @Override
    public synchronized void send(String phone, String body) {
        SMPPSession bound = bound();
        boolean international = !properties.countryCode().isBlank();
        String destination = international ? properties.countryCode() + phone : phone;
        var parts = SmsParts.ucs2(body, references.incrementAndGet() & 0xFF);
        ESMClass esm = parts.size() == 1 ? new ESMClass()
                : new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
        try {
            for (byte[] part : parts) {
                bound.submitShortMessage(properties.systemType().isBlank() ? null : properties.systemType(),
                        TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, properties.sourceAddress(),
                        international ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN,
                        destination, esm, (byte) 0, (byte) 1, null, null,
                        new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0,
                        new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, part);
            }
        } catch (NegativeResponseException e) {
            throw new SmsRefused("The SMSC refused the message: command status 0x%08X".formatted(e.getCommandStatus()));
        } catch (PDUException e) {
            throw new SmsRefused("The message could not be encoded for SMPP: " + e.getClass().getSimpleName());
        } catch (ResponseTimeoutException | InvalidResponseException | IOException e) {
            drop();
            throw new SmsRefused("The SMSC did not answer (" + e.getClass().getSimpleName() + "); the session is bound "
                    + "again on the next attempt");
        }
    }

    /** The bound session, binding a new one when there is none or it was lost. */
    private SMPPSession bound() {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        drop();
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(properties.timeout().toMillis());
        fresh.setEnquireLinkTimer((int) properties.enquireLinkInterval().toMillis());
        if (properties.bindType() == SmppProperties.Bind.TRANSCEIVER) {
            // delivery reports are acknowledged and otherwise ignored: the outbox records the SMSC's acceptance
            fresh.setMessageReceiverListener(new ReceiptsIgnored());
        }
        try {
            fresh.connectAndBind(properties.host(), properties.port(), new BindParameter(
                    properties.bindType() == SmppProperties.Bind.TRANSCEIVER ? BindType.BIND_TRX : BindType.BIND_TX,
                    properties.systemId(), properties.password(), properties.systemType(), TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null), properties.timeout().toMillis());
        } catch (IOException e) {
            fresh.close();
            throw new SmsRefused("Could not bind to the SMSC at " + properties.host() + ":" + properties.port() + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        log.info("Bound to the SMSC at {}:{} as {}", properties.host(), properties.port(), properties.bindType());
        session = fresh;
        return fresh;
    }

    private void drop() {
        SMPPSession lost = session;
        session = null;
        if (lost != null) {
            try {
                if (lost.getSessionState().isBound()) {
                    lost.unbindAndClose();
                } else {
                    lost.close();
                }
            } catch (RuntimeException e) {
                lost.close();
            }
        }
    }

    /** Unbinds from the SMSC when the application stops. */
    @Override
    public synchronized void close() {
        drop();
    }

    /** A text message the SMSC did not take: refused, unreachable or not bound. */
    static final class SmsRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SmsRefused(String message) {
            super(message);
        }
    }

    /** A transceiver's listener: acknowledges what the SMSC delivers (reports) and keeps nothing. */
    private static final class ReceiptsIgnored implements org.jsmpp.session.MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(org.jsmpp.bean.DeliverSm deliverSm) {
            // acknowledged by jSMPP on return
        }

        @Override
        public void onAcceptAlertNotification(org.jsmpp.bean.AlertNotification alertNotification) {
            // nothing to do
        }

        @Override
        public org.jsmpp.session.DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm dataSm,
                org.jsmpp.session.Session source) throws org.jsmpp.extra.ProcessRequestException {
            throw new org.jsmpp.extra.ProcessRequestException("data_sm is not accepted",
                    org.jsmpp.SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
