package org.onevisit.hall;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Records no-shows every minute ({@code onevisit.hall.no-show-delay}): the appointments whose slot ended unchecked. */
@Component
class NoShowTimer {

    private static final Logger log = LoggerFactory.getLogger(NoShowTimer.class);

    private final Appointments appointments;

    NoShowTimer(Appointments appointments) {
        this.appointments = appointments;
    }

    @Scheduled(fixedDelayString = "${onevisit.hall.no-show-delay:PT1M}")
    void run() {
        int missed = appointments.recordNoShows();
        if (missed > 0) {
            log.info("{} appointment(s) recorded as no-shows", missed);
        }
    }
}
