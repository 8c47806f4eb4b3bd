package org.onevisit.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message's delivery on one channel, as its recipient or an administrator sees it: the phone or e-mail address
 * masked (a member of staff's login name as it is), the attempts made, the next one's time while it is pending and the
 * last gateway error, which names no recipient.
 */
public record Delivery(long id, Channel channel, String maskedAddress, DeliveryState state, int attempts,
        @Nullable Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant sentAt) {
}
