package org.onevisit.delivery.web;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.onevisit.delivery.CallbackSignature;
import org.onevisit.delivery.Deliveries;
import org.onevisit.delivery.Delivery;
import org.onevisit.delivery.DeliveryStatus;
import org.onevisit.delivery.TrackingStatus;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import jakarta.validation.constraints.Size;

/**
 * Carriers' status callbacks: {@code {"trackingNumber", "status": IN_TRANSIT|DELIVERED|RETURNED, "at"}}, signed
 * with {@code X-Signature: hex(HMAC-SHA256(secret, raw body))}. The signature, not a login, proves the sender;
 * the same report twice changes nothing, so a carrier may retry freely.
 */
@JsonApi("/api/v1/delivery/callbacks")
@Tag(name = "Delivery", description = "送达：窗口领取、快递送达")
class CarrierCallbackApi {

    private static final String PROBLEMS = "https://onevisit.org/problems/";
    /** The longest tracking number a waybill has, as the deliveries keep it. */
    private static final int TRACKING_NUMBER = 60;

    private final Deliveries deliveries;
    private final CallbackSignature signature;
    private final JsonMapper json;
    private final MessageSource messages;

    CarrierCallbackApi(Deliveries deliveries, JsonMapper json, MessageSource messages,
            @Value("${onevisit.delivery.callback-secret:}") String secret) {
        this.deliveries = deliveries;
        this.signature = CallbackSignature.of(secret);
        this.json = json;
        this.messages = messages;
    }

    record CallbackBody(@Nullable String trackingNumber, @Nullable TrackingStatus status, @Nullable Instant at) {
    }

    record TrackingView(String trackingNumber, DeliveryStatus status) {
    }

    @PostMapping("/{carrier}")
    @Operation(summary = "A carrier reports a shipment in transit, delivered or returned (signed with X-Signature)")
    ResponseEntity<?> callback(@PathVariable @Size(max = Limits.CODE) String carrier, @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = "X-Signature", required = false) @Nullable String signed) {
        if (!signature.enabled()) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "delivery-callbacks-disabled",
                    "Carrier callbacks are switched off: no callback secret is configured");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!signature.verifies(raw, signed)) {
            return problem(HttpStatus.UNAUTHORIZED, "delivery-signature-invalid", "The callback's signature is wrong");
        }
        if (!carrier.matches("[a-z0-9-]{1,30}")) {
            throw new DomainException(Kind.INVALID, "delivery-callback-invalid", "Unknown carrier " + carrier);
        }
        CallbackBody report = read(raw);
        Delivery d = deliveries.track(carrier, report.trackingNumber(), report.status(), report.at());
        return ResponseEntity.ok(new TrackingView(report.trackingNumber(), d.status()));
    }

    private CallbackBody read(byte[] raw) {
        CallbackBody report;
        try {
            report = json.readValue(raw, CallbackBody.class);
        } catch (JacksonException e) {
            report = null;
        }
        if (report == null || report.trackingNumber() == null || report.trackingNumber().isBlank()
                || report.trackingNumber().length() > TRACKING_NUMBER || report.status() == null) {
            throw new DomainException(Kind.INVALID, "delivery-callback-invalid",
                    "A callback names the tracking number and one of IN_TRANSIT, DELIVERED, RETURNED");
        }
        return report;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String fallback) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("error." + code, null, fallback, LocaleContextHolder.getLocale()));
        problem.setType(URI.create(PROBLEMS + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
