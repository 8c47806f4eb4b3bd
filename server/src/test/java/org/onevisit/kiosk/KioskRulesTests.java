package org.onevisit.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.kiosk.KioskSettings.Device;
import org.onevisit.kiosk.KioskSettings.SimulatedCard;

/** The kiosk's rules without Spring: what a scan holds, which browser is a kiosk, a card's validity, the slip's wait. */
class KioskRulesTests {

    private static final String SECRET = "a-random-kiosk-key-of-at-least-32-characters";
    private static final List<Device> DEVICES = List.of(new Device("KIOSK-01", "clerk", "一楼"));

    @Test
    void the_case_number_is_found_in_what_the_scanner_typed() {
        assertThat(ScannedCode.caseNumber("https://zwfw.example.cn/status?case=330999-20261207-00012\r\n"))
                .contains("330999-20261207-00012");
        assertThat(ScannedCode.caseNumber(" 330999-20261207-00012 ")).contains("330999-20261207-00012");
        assertThat(ScannedCode.caseNumber("https://example.com/?q=1")).isEmpty();
        assertThat(ScannedCode.caseNumber("1330999-20261207-00012")).isEmpty();
        assertThat(ScannedCode.caseNumber("x".repeat(301))).isEmpty();
    }

    @Test
    void only_a_cookie_signed_with_the_key_for_a_configured_device_is_a_kiosk() {
        KioskEnrolment enrolment = new KioskEnrolment(SECRET, DEVICES);
        String cookie = enrolment.cookieFor("KIOSK-01").orElseThrow();

        assertThat(enrolment.device(cookie)).map(Device::id).contains("KIOSK-01");
        assertThat(enrolment.device("KIOSK-01.forged")).isEmpty();
        assertThat(enrolment.device(cookie.replace("KIOSK-01", "KIOSK-02"))).isEmpty();
        assertThat(enrolment.device(null)).isEmpty();
        assertThat(enrolment.cookieFor("KIOSK-09")).isEmpty();
        assertThat(new KioskEnrolment("another-random-kiosk-key-of-32-characters!", DEVICES).device(cookie)).isEmpty();
        assertThat(new KioskEnrolment(SECRET, List.of()).device(cookie)).isEmpty();
        assertThat(new KioskEnrolment("", DEVICES).open()).isFalse();
    }

    @Test
    void a_card_is_valid_from_its_first_to_its_last_day_and_a_card_for_life_for_ever() {
        IdCard card = card(LocalDate.of(2016, 3, 1), LocalDate.of(2026, 3, 1));
        assertThat(card.validOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(card.validOn(LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(card.validOn(LocalDate.of(2016, 2, 29))).isFalse();
        assertThat(card(LocalDate.of(2016, 3, 1), null).validOn(LocalDate.of(2090, 1, 1))).isTrue();
        assertThat(card.toString()).doesNotContain("330999199003071233").doesNotContain("张三");
        assertThat(card.maskedIdNumber()).isNotEqualTo(card.idNumber()).endsWith("1233");
    }

    @Test
    void the_simulated_reader_gives_the_configured_card_or_none() {
        SimulatedCard configured = new SimulatedCard("张三", "男", "汉", LocalDate.of(1990, 3, 7), "示例市人民路 1 号",
                "330999199003071233", "示例市公安局", LocalDate.of(2020, 1, 1), null);
        assertThat(new SimulatedIdCardReader(configured).read()).map(IdCard::idNumber).contains("330999199003071233");
        assertThat(new SimulatedIdCardReader(new SimulatedCard(null, null, null, null, null, null, null, null, null))
                .read()).isEmpty();
        assertThatThrownBy(() -> new NoIdCardReader().read()).isInstanceOf(IdCardReader.ReaderUnavailable.class);
    }

    @Test
    void the_slip_rounds_the_wait_up_to_whole_minutes() {
        assertThat(slip(Duration.ofMinutes(20)).waitMinutes()).isEqualTo(20);
        assertThat(slip(Duration.ofMinutes(20).plusSeconds(1)).waitMinutes()).isEqualTo(21);
        assertThat(slip(Duration.ZERO).waitMinutes()).isZero();
        assertThatThrownBy(() -> slip(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void production_refuses_the_simulated_reader_and_a_weak_or_published_key() {
        assertThat(new KioskProductionCheck(settings("", "")).problems()).isEmpty();
        assertThat(new KioskProductionCheck(settings("none", SECRET)).problems()).isEmpty();
        assertThat(new KioskProductionCheck(settings("simulated", SECRET)).problems()).hasSize(1);
        assertThat(new KioskProductionCheck(settings("", KioskConfiguration.DEMO_DEVICE_SECRET)).problems()).hasSize(1);
        assertThat(new KioskProductionCheck(settings("", "short")).problems()).hasSize(1);
    }

    @Test
    void the_idle_time_is_at_least_15_seconds_and_longer_than_its_warning() {
        assertThat(new KioskSettings(null, null, null, null, null, null, null).idleTimeout()).hasSeconds(90);
        assertThatThrownBy(() -> new KioskSettings(Duration.ofSeconds(10), Duration.ofSeconds(5), null, null, null, null,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KioskSettings(Duration.ofSeconds(30), Duration.ofSeconds(30), null, null, null, null,
                null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static KioskSettings settings(String reader, String secret) {
        return new KioskSettings(null, null, null, secret, DEVICES, reader, null);
    }

    private static IdCard card(LocalDate from, LocalDate until) {
        return new IdCard("张三", "男", "汉", LocalDate.of(1990, 3, 7), "示例市人民路 1 号", "330999199003071233",
                "示例市公安局", from, until, null);
    }

    private static TicketSlip slip(Duration wait) {
        return new TicketSlip("A001", "A 综合受理", 3, wait, LocalDateTime.of(2026, 10, 19, 9, 0), "示例市政务服务中心");
    }
}
