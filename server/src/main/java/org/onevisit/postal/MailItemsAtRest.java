package org.onevisit.postal;

import org.onevisit.platform.PersonalDataAtRest;
import org.onevisit.platform.Reencryption;
import org.onevisit.platform.Reencryption.Column;
import org.springframework.stereotype.Component;

/** The senders of the mail items, moved to the current key by {@code reencrypt-personal-data}. */
@Component
class MailItemsAtRest implements PersonalDataAtRest {

    @Override
    public long reencrypt(Reencryption reencryption) {
        return reencryption.rewrite("postal_mail_item", "id", Column.of("sender_name_enc"), Column.of("sender_phone_enc"),
                Column.of("sender_addr_enc"));
    }
}
