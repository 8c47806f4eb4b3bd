package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.onevisit.kiosk.Kiosk;
import org.onevisit.kiosk.TicketSlip;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The kiosk's printer adapter against the machine's real print service: a ticket slip (取号凭条) printed on the CUPS
 * queue {@code PDF} lands as a PDF in cups-pdf's folder with every figure on it. Skipped where there is no CUPS
 * ({@link CupsPdfQueue}; {@code .ci/cups} sets it up).
 */
@StoryTest
class KioskPrintingTests {

    @Autowired
    Kiosk kiosk;

    @Test
    void a_ticket_slip_prints_on_the_cups_pdf_queue_with_its_figures() throws Exception {
        CupsPdfQueue queue = CupsPdfQueue.requireQueue();

        String ticket = "A" + (100 + new Random().nextInt(900));
        kiosk.printTicket(new TicketSlip(ticket, "A 综合受理", 7, Duration.ofMinutes(20).plusSeconds(10),
                LocalDateTime.of(2026, 10, 19, 9, 5), "示例市政务服务中心"));

        String text = queue.printedText(ticket, Duration.ofSeconds(60));
        assertThat(text).contains("取号凭条").contains(ticket).contains("A 综合受理").contains("7 人")
                .contains("约 21 分钟").contains("2026年10月19日 09:05").contains("示例市政务服务中心");
    }
}
