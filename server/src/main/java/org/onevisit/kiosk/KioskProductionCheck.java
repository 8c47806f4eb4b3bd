package org.onevisit.kiosk;

import java.util.ArrayList;
import java.util.List;

import org.onevisit.platform.ProductionCheck;
import org.onevisit.platform.ProductionProblem;
import org.springframework.stereotype.Component;

/** The kiosk's demo parts, refused in production: the simulated ID card reader and the published enrolment key. */
@Component
class KioskProductionCheck implements ProductionCheck {

    private final KioskSettings settings;

    KioskProductionCheck(KioskSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<ProductionProblem> problems() {
        List<ProductionProblem> problems = new ArrayList<>();
        if ("simulated".equals(settings.reader())) {
            problems.add(new ProductionProblem("onevisit.kiosk.reader=simulated: the kiosks read a demo ID card "
                    + "instead of the card on the reader",
                    "Set onevisit.kiosk.reader to none, or provide an IdCardReader bean for the kiosks' reader"));
        }
        if (KioskConfiguration.DEMO_DEVICE_SECRET.equals(settings.deviceSecret())
                || !settings.deviceSecret().isEmpty() && settings.deviceSecret().length() < 32) {
            problems.add(new ProductionProblem("onevisit.kiosk.device-secret is the demo key or shorter than 32 "
                    + "characters: anybody could enrol a browser as a kiosk",
                    "Set onevisit.kiosk.device-secret to a random key of at least 32 characters and enrol the kiosks "
                            + "again"));
        }
        return problems;
    }
}
