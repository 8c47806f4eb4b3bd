package org.onevisit.kiosk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.documents.Block;
import org.onevisit.documents.Document;
import org.onevisit.documents.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The slips a kiosk prints, as PDF: the ticket slip (取号凭条) and the case's status slip (办件进度凭条). */
@Component
public class KioskSlips {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicBaseUrl;

    KioskSlips(PdfDocuments pdf, MessageSource messages, Clock clock,
            @Value("${onevisit.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The ticket slip: the number large, the counter type, the people ahead, the estimated wait, the time, the centre. */
    public byte[] ticket(TicketSlip slip) {
        return pdf.render(new Document("取号凭条", slip.ticketNumber(), List.of(
                new Block.Heading(slip.ticketNumber() + " 号"),
                Block.Facts.of("业务类型", slip.counterType(), "前面等候", slip.peopleAhead() + " 人",
                        "预计等候", "约 " + slip.waitMinutes() + " 分钟", "取号时间", slip.takenAt().format(TIME),
                        "服务中心", slip.centreName()),
                new Block.Paragraph("请留意大厅叫号屏和语音提示；过号请到自助终端重新取号。本凭条当日有效。")),
                slip.takenAt().toLocalDate()));
    }

    /** The case's status slip: the public status, the applicant masked, the receipt's QR code to look it up again. */
    public byte[] status(KioskCaseView c) {
        return pdf.render(new Document("办件进度凭条", c.number(), List.of(
                Block.Facts.of("办件编号", c.number(), "事项名称", c.subjectName(), "申请人", c.applicant(),
                        "办理状态", messages.getMessage("intake.page.status." + c.status(), null, c.status().name(),
                                Locale.SIMPLIFIED_CHINESE),
                        "收件日期", day(c.receivedOn()), "受理日期", day(c.acceptedOn()),
                        "承诺办结日期", day(c.promisedBy()), "跑动次数", Integer.toString(c.visitCount())),
                new Block.QrCode(publicBaseUrl + "/status?case=" + c.number(), "扫码查询办理进度（需输入手机号后四位）")),
                LocalDate.now(clock)));
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "—" : date.format(DAY);
    }
}
