package org.onevisit.notification.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.notification.DeadLetters;
import org.onevisit.notification.DeadLetters.DeadLetter;
import org.onevisit.platform.JsonApi;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The dead-letter list for administrators (ADR 0045): messages whose delivery was given up after its last attempt,
 * the recipient masked, with the last error; each can be sent again or discarded, both audited. Anything but a dead
 * letter is answered with a 409 problem.
 */
@JsonApi("/api/v1/admin/message-deliveries")
class DeadLetterApi {

    /** A dead letter: which delivery, to whom (masked), of what kind about what, why it failed, how often tried. */
    record DeadLetterView(long id, String channel, String recipient, String kind, String subjectId, String state,
            int attempts, @Nullable String lastError, Instant queuedAt, @Nullable Instant endedAt) {

        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.delivery().id(), d.delivery().channel().name(), d.delivery().maskedAddress(),
                    d.kind(), d.subjectId(), d.delivery().state().name(), d.delivery().attempts(),
                    d.delivery().lastError(), d.queuedAt(), d.endedAt());
        }
    }

    private final DeadLetters deliveries;

    DeadLetterApi(DeadLetters deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The dead letters, the newest given up first (at most limit, 1 to 500)")
    List<DeadLetterView> list(@RequestParam(defaultValue = "200") @Min(1) @Max(500) int limit) {
        return deliveries.deadLetters(limit).stream().map(DeadLetterView::of).toList();
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sends a dead letter again, with a fresh series of attempts")
    DeadLetterView retry(@PathVariable long id, Authentication admin) {
        return DeadLetterView.of(deliveries.retry(id, admin.getName(), "API"));
    }

    @PostMapping("/{id}/discard")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Discards a dead letter: it stays on record, never sent")
    DeadLetterView discard(@PathVariable long id, Authentication admin) {
        return DeadLetterView.of(deliveries.discard(id, admin.getName(), "API"));
    }
}
