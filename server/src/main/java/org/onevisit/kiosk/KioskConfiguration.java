package org.onevisit.kiosk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kiosk's devices: the ID card reader and the printer behind their adapters, and the enrolment key. With demo
 * data on and nothing configured, the demo reader ({@link SimulatedIdCardReader}) and the demo key
 * ({@link #DEMO_DEVICE_SECRET}) are used; with demo data off, neither is, and naming them refuses the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KioskSettings.class)
class KioskConfiguration {

    /** The demo's enrolment key, published in the source: production refuses to start on it. */
    static final String DEMO_DEVICE_SECRET = "demo-kiosk-device-key-not-for-production";

    @Bean
    IdCardReader idCardReader(KioskSettings settings, @Value("${onevisit.demo-data}") boolean demo) {
        boolean simulated = "simulated".equals(settings.reader()) || settings.reader().isEmpty() && demo;
        if (simulated && settings.simulatedCard() != null) {
            return new SimulatedIdCardReader(settings.simulatedCard());
        }
        return new NoIdCardReader();
    }

    @Bean
    KioskPrinter kioskPrinter(KioskSettings settings) {
        return new PrintServicePrinter(settings.printer());
    }

    @Bean
    KioskEnrolment kioskEnrolment(KioskSettings settings, @Value("${onevisit.demo-data}") boolean demo) {
        String secret = settings.deviceSecret().isEmpty() && demo ? DEMO_DEVICE_SECRET : settings.deviceSecret();
        return new KioskEnrolment(secret, settings.devices());
    }
}
