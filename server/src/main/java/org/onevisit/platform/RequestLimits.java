package org.onevisit.platform;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.validation.DataBinder;

import jakarta.servlet.DispatcherType;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The limits every request meets before anything else reads it, security included:
 * <ul>
 * <li>a JSON or form body larger than {@code onevisit.limits.max-body-size} is refused with 413 — at once when its
 * Content-Length says so, otherwise as soon as more has been read, chunked bodies included (the container stops
 * reading a form at the same size); multipart uploads keep their own limits ({@code onevisit.uploads.*}), and a
 * multipart body that cannot be read is refused with 400, and one of more parts than the container takes
 * ({@code server.tomcat.max-part-count}) with 413 saying so, not as a file too large;</li>
 * <li>parameters that cannot be read — a query string or form that is not UTF-8 ({@code q=%ff%fe}), a broken
 * percent sign, a control character, a form row past the 256 a form is bound with — are refused with 400, instead
 * of failing wherever a parameter is first asked for.</li>
 * </ul>
 * Longer than most classes: the body, the query string and the form are each read in a way of their own, and their
 * limits belong together so that no path between them is left unlimited.
 * The refusal is a problem for the API and the error page with the message otherwise ({@link RequestRefusals}); on
 * the error page's own dispatch the refused request shows no parameters, so rendering it cannot fail again.
 */
final class RequestLimits extends HttpFilter {

    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

    private final RequestRefusals refusals;
    private final long maxBodySize;

    RequestLimits(RequestRefusals refusals, InputLimits limits) {
        this.refusals = refusals;
        this.maxBodySize = limits.maxBodySize().toBytes();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request.getAttribute(RequestRefusals.TEXT) != null ? new WithoutParameters(request) : request,
                    response);
            return;
        }
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        Refusal refusal = multipart ? (readableQuery(request.getQueryString()) ? unreadableParameters(request, true)
                : Refusal.UNREADABLE_PARAMETERS)
                : request.getContentLengthLong() > maxBodySize ? Refusal.BODY_TOO_LARGE : unreadableParameters(request, false);
        if (refusal != null) {
            refusals.send(request, response, refusal);
            return;
        }
        try {
            chain.doFilter(multipart ? request : new LimitedBody(request, maxBodySize), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!BodyTooLarge.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            // read past the limit by something that does not answer it itself (a form of a PUT, say)
            response.reset();
            refusals.send(request, response, Refusal.BODY_TOO_LARGE);
        }
    }

    /**
     * Reads the parameters now, query string and form — for a multipart request its parts, within the upload
     * limits — so that what cannot be read is refused here, before security or an error page asks for a parameter.
     */
    private static @Nullable Refusal unreadableParameters(HttpServletRequest request, boolean multipart) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException e) {
            boolean tooLarge = e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            if (multipart && tooLarge && e.getCause() instanceof FileCountLimitExceededException) {
                return Refusal.TOO_MANY_PARTS;
            }
            return multipart ? (tooLarge ? Refusal.UPLOAD_TOO_LARGE : Refusal.UNREADABLE_MULTIPART)
                    : tooLarge ? Refusal.BODY_TOO_LARGE : Refusal.UNREADABLE_PARAMETERS;
        } catch (IllegalStateException e) {
            return multipart ? Refusal.UNREADABLE_MULTIPART : Refusal.UNREADABLE_PARAMETERS;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!PlainText.isPlain(parameter.getKey())) {
                return Refusal.UNREADABLE_PARAMETERS;
            }
            if (pastLastRow(parameter.getKey())) {
                return Refusal.TOO_MANY_ROWS;
            }
            for (String value : parameter.getValue()) {
                if (!PlainText.isPlain(value)) {
                    return Refusal.UNREADABLE_PARAMETERS;
                }
            }
        }
        return null;
    }

    /**
     * Whether a parameter names a row of a list past the last one a form is bound with: the binder would fail on it
     * (a list it does not grow that far), so it is refused here.
     */
    static boolean pastLastRow(String name) {
        Matcher row = ROW.matcher(name);
        while (row.find()) {
            if (row.group(1).length() > 6 || Integer.parseInt(row.group(1)) >= DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a query string decodes to plain UTF-8 text; checked by hand for multipart requests before their parts
     * are read, so that a broken query is not taken for a broken body.
     */
    static boolean readableQuery(@Nullable String query) {
        if (query == null) {
            return true;
        }
        for (String pair : query.split("&")) {
            for (String part : pair.split("=", 2)) {
                String decoded = decoded(part);
                if (decoded == null || !PlainText.isPlain(decoded)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static @Nullable String decoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The request with a body that may not be read past the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;
        private @Nullable BufferedReader reader;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counted(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                reader = new BufferedReader(new InputStreamReader(getInputStream(),
                        encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
            }
            return reader;
        }
    }

    /** A body's stream that fails with {@link BodyTooLarge} once more than the limit has been read. */
    private static final class Counted extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        Counted(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }

    /**
     * A refused page request as its error page sees it: without parameters, which could not be read, and asking for
     * HTML, so that a client that accepts anything gets the page too.
     */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(List.of(MediaType.TEXT_HTML_VALUE))
                    : super.getHeaders(name);
        }

        /**
         * No body type either: the refused body is not read again, so a multipart one whose parts were refused (too many,
         * too large) is not parsed a second time on the error page's dispatch, where its failure would be answered
         * again, in other words.
         */
        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }

        @Override
        public @Nullable String getQueryString() {
            return null;
        }
    }
}
