package org.onevisit.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SMPP gateway against an SMS centre in the test's own process ({@link TestSmsc}): Chinese text arrives in UCS-2,
 * long text in concatenated parts, a refusal is an error with the SMSC's status, and a lost SMSC is bound again.
 */
class SmppSmsGatewayTests {

    private final TestSmsc smsc = new TestSmsc();
    private final SmppSmsGateway gateway = new SmppSmsGateway(new SmppProperties("127.0.0.1", smsc.port(),
            TestSmsc.SYSTEM_ID, TestSmsc.PASSWORD, "", "10690001", SmppProperties.Bind.TRANSMITTER, "86",
            Duration.ofSeconds(5), Duration.ofSeconds(30)));

    @AfterEach
    void stop() {
        gateway.close();
        smsc.close();
    }

    @Test
    void a_chinese_text_reaches_the_smsc_in_ucs2_from_the_centres_number() {
        gateway.send("13800001234", "您的“食品经营许可”已受理。");

        assertThat(smsc.to("8613800001234")).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("您的“食品经营许可”已受理。");
            assertThat(r.dataCoding()).isEqualTo((byte) 0x08);
            assertThat(r.source()).isEqualTo("10690001");
            assertThat(r.parts()).isEqualTo(1);
        });
    }

    @Test
    void a_long_text_goes_in_concatenated_parts_and_arrives_whole() {
        String text = "您的办件330999-20261019-00001（入河排污口设置）审查期限延长15个工作日至2026-11-09，"
                + "法定办结期限延长至2026-12-01，需补充水文论证。请登录网上办事大厅查看详情。😀" + "一".repeat(80);

        gateway.send("13800005678", text);

        assertThat(smsc.to("8613800005678")).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.parts()).isEqualTo((text.length() + SmsParts.PART - 1) / SmsParts.PART);
            assertThat(r.dataCoding()).isEqualTo((byte) 0x08);
        });
    }

    @Test
    void no_part_cuts_a_character_in_two() {
        String text = "一".repeat(66) + "😀" + "二".repeat(10);
        var parts = SmsParts.ucs2(text, 7);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(6 + 66 * 2);
        assertThat(parts.get(1)[3]).isEqualTo((byte) 7);
        assertThat(parts.get(1)[5]).isEqualTo((byte) 2);
    }

    @Test
    void a_refusal_is_an_error_with_the_smscs_status_and_names_no_recipient() {
        smsc.refuse("8613800009999");

        assertThatThrownBy(() -> gateway.send("13800009999", "测试"))
                .hasMessageContaining("0x00000045").hasMessageNotContaining("13800009999");
        assertThat(smsc.to("8613800009999")).isEmpty();

        // the session is still bound: the next message goes at once
        gateway.send("13800001111", "测试");
        assertThat(smsc.to("8613800001111")).hasSize(1);
    }

    @Test
    void an_smsc_that_went_away_is_bound_again_on_the_next_send() {
        gateway.send("13800002222", "第一条");
        smsc.stop();

        assertThatThrownBy(() -> gateway.send("13800002222", "第二条")).isInstanceOf(RuntimeException.class);

        smsc.start();
        gateway.send("13800002222", "第三条");
        assertThat(smsc.to("8613800002222")).extracting(TestSmsc.Received::text).containsExactly("第一条", "第三条");
    }

    @Test
    void a_wrong_password_is_an_error_of_the_bind() {
        try (SmppSmsGateway wrong = new SmppSmsGateway(new SmppProperties("127.0.0.1", smsc.port(), TestSmsc.SYSTEM_ID,
                "wrong", "", "10690001", SmppProperties.Bind.TRANSCEIVER, "", Duration.ofSeconds(5),
                Duration.ofSeconds(30)))) {
            assertThatThrownBy(() -> wrong.send("13800003333", "测试")).hasMessageContaining("bind");
        }
    }
}
