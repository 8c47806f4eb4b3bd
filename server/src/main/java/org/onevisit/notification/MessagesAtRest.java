package org.onevisit.notification;

import org.onevisit.platform.PersonalDataAtRest;
import org.onevisit.platform.Reencryption;
import org.onevisit.platform.Reencryption.Column;
import org.springframework.stereotype.Component;

/**
 * The phones of queued and sent messages and the phones and e-mail addresses they are delivered to, moved to the current
 * key by {@code reencrypt-personal-data}.
 */
@Component
class MessagesAtRest implements PersonalDataAtRest {

    @Override
    public long reencrypt(Reencryption reencryption) {
        return reencryption.rewrite("notification_message", "id", Column.of("phone_encrypted"))
                + reencryption.rewrite("notification_delivery", "id", Column.of("address_encrypted"));
    }
}
