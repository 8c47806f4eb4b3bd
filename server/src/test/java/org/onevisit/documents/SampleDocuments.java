package org.onevisit.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.onevisit.documents.Block.Heading;
import org.onevisit.documents.Block.Numbered;
import org.onevisit.documents.Block.Paragraph;
import org.onevisit.documents.Block.QrCode;
import org.onevisit.documents.Block.Signature;
import org.onevisit.documents.Block.Spacer;
import org.onevisit.documents.Block.Table;

/** Documents as the intake and casework modules describe them. */
final class SampleDocuments {

    static final String CENTRE = "示例市政务服务中心";
    static final String CASE_NUMBER = "330999-20261128-000123";
    static final String VERIFY_URL = "https://zwfw.example.gov.cn/verify?case=" + CASE_NUMBER + "&code=7QK4-93XD";
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 28);

    private SampleDocuments() {
    }

    /** A receipt (受理通知书) with every kind of block and a list of materials long enough to run over pages. */
    static Document receiptWithMaterials(int materials) {
        List<List<String>> rows = new ArrayList<>();
        IntStream.rangeClosed(1, materials).forEach(n -> rows.add(List.of(String.valueOf(n),
                n % 7 == 0 ? "建设工程规划许可证申请表（含总平面图、建筑设计方案说明及各层平面图、立面图、剖面图）"
                        : "材料第" + n + "项：营业执照副本复印件",
                n % 3 == 0 ? "复印件" : "原件", "1", n % 5 == 0 ? "容缺，承诺 5 个工作日内补齐" : "")));
        return new Document("受理通知书", CASE_NUMBER, List.of(
                Block.Facts.of("申请人", "张三", "身份证号", "3309**********0011", "申请事项", "企业设立登记",
                        "受理窗口", "综合受理窗口 12 号", "承诺办结时限", "3 个工作日（法定时限 20 个工作日）",
                        "受理日期", "2026年11月28日"),
                new Paragraph("您（单位）提交的企业设立登记申请，经审查，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》"
                        + "第三十二条的规定，决定予以受理。我中心将在承诺时限内作出决定，请您留意短信通知，凭本通知书领取办理结果。"),
                new Heading("一、已收取的申请材料"),
                new Table(List.of("序号", "材料名称", "形式", "份数", "备注"), rows, List.of(1, 7, 2, 1, 4)),
                new Heading("二、注意事项"),
                new Numbered(List.of("请妥善保管本通知书，领取结果时须出示。",
                        "办理进度可通过政务服务网、“一次办”小程序或拨打 12345 热线查询。",
                        "The English version of this notice is available on request at counter 12; "
                                + "it has no legal effect of its own.")),
                new QrCode(VERIFY_URL, "扫描二维码查询办理进度、核验本通知书真伪。"),
                new Spacer(),
                Signature.of("申请人签字：______________", "日期：______年____月____日")),
                ISSUED_ON);
    }
}
