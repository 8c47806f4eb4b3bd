package org.onevisit.platform;

import org.springframework.http.HttpStatus;

/** Why a request is refused before, or while, its parameters or body are read. */
enum Refusal {

    /** The JSON or form body is larger than {@code onevisit.limits.max-body-size}. */
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "title.too_large"),
    /** The query string or the form cannot be decoded as UTF-8 text, or holds control characters. */
    UNREADABLE_PARAMETERS(HttpStatus.BAD_REQUEST, "unreadable-parameters", "title.invalid"),
    /** An upload over {@code onevisit.uploads.max-size} or {@code max-request-size}: the same answer as a file too large. */
    UPLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "files-too-large", "title.too_large"),
    /**
     * A multipart form of more parts (files and fields together) than {@code server.tomcat.max-part-count}: too many
     * files or fields at once, whatever their size.
     */
    TOO_MANY_PARTS(HttpStatus.CONTENT_TOO_LARGE, "files-too-many", "title.too_large"),
    /** A form row numbered past what a form is bound with ({@code items[300].name}). */
    TOO_MANY_ROWS(HttpStatus.BAD_REQUEST, "too-many-rows", "title.invalid"),
    /** A multipart body that is not multipart: no boundary, a part cut off. */
    UNREADABLE_MULTIPART(HttpStatus.BAD_REQUEST, "unreadable-multipart", "title.invalid");

    private final HttpStatus status;
    private final String code;
    private final String titleKey;

    Refusal(HttpStatus status, String code, String titleKey) {
        this.status = status;
        this.code = code;
        this.titleKey = titleKey;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String titleKey() {
        return titleKey;
    }
}
