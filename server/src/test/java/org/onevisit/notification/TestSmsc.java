package org.onevisit.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * An SMS centre in the test's own process: jSMPP's server on a free port, binding any ESME whose system_id and
 * password match, taking submit_sm and keeping each text message as received — its destination, data coding and
 * text, the parts of a concatenated one joined. Destinations in {@link #refuse(String)} are answered with
 * ESME_RSUBMITFAIL; {@link #stop()} takes it down, {@link #start()} brings it back on the same port.
 */
public final class TestSmsc implements AutoCloseable {

    public static final String SYSTEM_ID = "onevisit";
    public static final String PASSWORD = "smsc-pw";

    /** A text message the SMSC took: whole, its parts joined. */
    public record Received(String source, String destination, byte dataCoding, int parts, String text) {
    }

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[][]> partial = new HashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile SMPPServerSessionListener listener;
    private volatile ExecutorService acceptor;
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

    public TestSmsc() {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        start();
    }

    public int port() {
        return port;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** What reached this destination (the number as the SMSC saw it, e.g. {@code 8613800001234}). */
    public List<Received> to(String destination) {
        return received.stream().filter(r -> r.destination().equals(destination)).toList();
    }

    public void refuse(String destination) {
        refused.add(destination);
    }

    public void accept(String destination) {
        refused.remove(destination);
    }

    public synchronized void start() {
        try {
            listener = new SMPPServerSessionListener(port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        listener.setMessageReceiverListener(new Receiver());
        SMPPServerSessionListener accepting = listener;
        acceptor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-smsc-" + port);
            t.setDaemon(true);
            return t;
        });
        acceptor.submit(() -> {
            while (true) {
                SMPPServerSession session;
                try {
                    session = accepting.accept();
                } catch (IOException e) {
                    return; // closed
                }
                sessions.add(session);
                Thread binder = new Thread(() -> bind(session), "test-smsc-bind");
                binder.setDaemon(true);
                binder.start();
            }
        });
    }

    private static void bind(SMPPServerSession session) {
        try {
            var request = session.waitForBind(5000);
            if (SYSTEM_ID.equals(request.getSystemId()) && PASSWORD.equals(request.getPassword())) {
                request.accept(SYSTEM_ID, InterfaceVersion.IF_34);
            } else {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (TimeoutException | PDUStringException | IOException | IllegalStateException e) {
            session.close();
        }
    }

    /** Takes the SMSC down: its port closed, its sessions dropped. */
    public synchronized void stop() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        acceptor.shutdownNow();
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void receive(SubmitSm submit) {
        byte[] message = submit.getShortMessage();
        String destination = submit.getDestAddress();
        if ((submit.getEsmClass() & 0x40) == 0) {
            received.add(new Received(submit.getSourceAddr(), destination, submit.getDataCoding(), 1,
                    new String(message, StandardCharsets.UTF_16BE)));
            return;
        }
        int headerLength = message[0] & 0xFF;
        int reference = message[3] & 0xFF;
        int total = message[4] & 0xFF;
        int sequence = message[5] & 0xFF;
        String key = destination + "/" + reference;
        byte[][] parts = partial.computeIfAbsent(key, k -> new byte[total][]);
        parts[sequence - 1] = java.util.Arrays.copyOfRange(message, headerLength + 1, message.length);
        for (byte[] part : parts) {
            if (part == null) {
                return;
            }
        }
        partial.remove(key);
        List<Byte> all = new ArrayList<>();
        for (byte[] part : parts) {
            for (byte b : part) {
                all.add(b);
            }
        }
        byte[] joined = new byte[all.size()];
        for (int i = 0; i < joined.length; i++) {
            joined[i] = all.get(i);
        }
        received.add(new Received(submit.getSourceAddr(), destination, submit.getDataCoding(), total,
                new String(joined, StandardCharsets.UTF_16BE)));
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source)
                throws ProcessRequestException {
            if (refused.contains(submit.getDestAddress())) {
                throw new ProcessRequestException("refused", SMPPConstant.STAT_ESME_RSUBMITFAIL);
            }
            receive(submit);
            try {
                return new SubmitSmResult(new MessageId(Long.toHexString(ids.incrementAndGet())), null);
            } catch (PDUStringException e) {
                throw new ProcessRequestException("id", SMPPConstant.STAT_ESME_RSYSERR);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        /** What this SMSC answers to anything but submit_sm: an invalid command. */
        private ProcessRequestException unsupported() {
            return new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
