package org.onevisit.notification;

import org.onevisit.platform.CentreInfo;
import org.springframework.stereotype.Component;

/** The subject line of a message sent by e-mail: the centre's name and what the message is about (a case number). */
@Component
class EmailSubjects {

    private final CentreInfo centre;

    EmailSubjects(CentreInfo centre) {
        this.centre = centre;
    }

    String subject(Language language, String subjectId) {
        return language == Language.EN
                ? centre.name(language.locale()) + ": message about " + subjectId
                : "【" + centre.name(language.locale()) + "】关于" + subjectId + "的消息";
    }
}
