package org.onevisit.platform;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads that may come from the read replica (ADR 0054): reports and dashboards, whose figures may be a few seconds
 * old. Inside {@link #read}, a read that runs without a transaction of its own ({@link ReadOnly}) takes its connection
 * from the replica of {@code onevisit.replica.url} when one is set and answers; anything in a transaction, every
 * change included, takes the primary's. When the replica served the read, the answer says so: the response header
 * {@value #HEADER}{@code : }{@value #REPLICA} on the API, and on a page the layout's note in the reader's language
 * ({@link #servedThisRequest()}).
 */
@Component
public class ReplicaReads {

    /** The response header that tells an API caller the figures came from the replica. */
    public static final String HEADER = "OneVisit-Data-Source";
    /** Its value: the read replica, whose figures may lag the primary by some seconds. */
    public static final String REPLICA = "replica; may-lag-seconds";
    /** The request attribute the layout shows the note by. */
    public static final String ATTRIBUTE = "replicaRead";

    private static final ThreadLocal<ReplicaUse> CURRENT = new ThreadLocal<>();

    /** Whether the current read may go to the replica, and whether it did. */
    static final class ReplicaUse {
        boolean served;
    }

    /** The use of the replica the current thread's read allows, or null outside {@link #read}. */
    static ReplicaUse current() {
        return CURRENT.get();
    }

    /** Runs {@code read}, whose figures may come from the replica, and marks the answer when they did. */
    public <T> T read(Supplier<T> read) {
        ReplicaUse outer = CURRENT.get();
        ReplicaUse use = outer != null ? outer : new ReplicaUse();
        CURRENT.set(use);
        try {
            T result = read.get();
            if (use.served) {
                mark();
            }
            return result;
        } finally {
            if (outer == null) {
                CURRENT.remove();
            }
        }
    }

    /** Whether the current request's figures came from the replica: the layout shows its note by it. */
    public boolean servedThisRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes != null
                && Boolean.TRUE.equals(attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    private static void mark() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            servlet.setAttribute(ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            HttpServletResponse response = servlet.getResponse();
            if (response != null && !response.isCommitted()) {
                response.setHeader(HEADER, REPLICA);
            }
        }
    }
}
