package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.Necessity;
import org.springframework.context.MessageSource;

import org.onevisit.documents.Block;
import org.onevisit.documents.Document;
import org.onevisit.documents.PdfDocuments;
import org.onevisit.people.StaffAccounts;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The documents of intake, as PDFs the counter prints and the applicant downloads: the receipt (受理通知书),
 * the one-time deficiency notice (一次性告知书), the 容缺 pledge (容缺受理承诺书) and the refusal (不予受理通知书).
 * Each carries a QR code leading to the case's public status page.
 */
@Service
public class CaseDocuments {

    /** Which document of a case. */
    public enum DocumentKind {
        RECEIPT, NOTICE, PLEDGE, REFUSAL
    }

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String ART_32 = "根据《中华人民共和国行政许可法》第三十二条";

    private final Intake intake;
    private final PdfDocuments pdf;
    private final Acceptances acceptances;
    private final MessageSource messages;
    private final Clock clock;
    private final StaffAccounts staff;
    private final String publicBaseUrl;

    CaseDocuments(Intake intake, PdfDocuments pdf, Acceptances acceptances, MessageSource messages, Clock clock,
            StaffAccounts staff, @Value("${onevisit.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.staff = staff;
        this.intake = intake;
        this.pdf = pdf;
        this.acceptances = acceptances;
        this.messages = messages;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * The standard 容缺 pledge the applicant signs: who, what, the materials pledged and the rule for the supplement
     * deadline. It is kept in Chinese, the language of the signed paper.
     */
    public String pledgeText(IntakeCase c) {
        String materials = String.join("、", c.missing().stream().map(CaseMaterial::name).toList());
        return messages.getMessage("intake.page.pledge.text", new Object[] {applicantNames(c),
                c.application().subjectName(), c.number().value(), materials}, Locale.SIMPLIFIED_CHINESE);
    }

    /** Whether the case may be accepted on a pledge now: received, and only materials marked 容缺后补 missing. */
    public static boolean pledgeable(IntakeCase c) {
        List<CaseMaterial> missing = c.missing();
        return c.status() == CaseStatus.RECEIVED && !missing.isEmpty()
                && missing.stream().allMatch(m -> m.necessity() == Necessity.DEFERRABLE);
    }

    /** The PDF of a case's document; a document the case does not have (yet) is not found. */
    @ReadOnly
    public byte[] render(IntakeCase c, DocumentKind kind) {
        Document document = switch (kind) {
            case RECEIPT -> receipt(c);
            case NOTICE -> notice(c);
            case PLEDGE -> pledge(c);
            case REFUSAL -> refusal(c);
        };
        return pdf.render(document);
    }

    private Document receipt(IntakeCase c) {
        if (!c.status().accepted() && c.dates().acceptedOn() == null) {
            throw missing(c, "RECEIPT");
        }
        List<Block> blocks = new ArrayList<>();
        Pledge pledge = c.answer().pledge();
        if (pledge == null) {
            blocks.add(new Block.Paragraph(opening(c) + "经审查，申请材料齐全、符合法定形式，" + ART_32 + "的规定，决定予以受理。"
                    + (c.dates().deemedAccepted() ? "（本件因未在五个工作日内作出受理决定，依法自收到申请材料之日起即为受理。）" : "")));
        } else {
            blocks.add(new Block.Paragraph(opening(c) + "经审查，主要申请材料符合法定形式，下列" + pledge.materials().size()
                    + "项材料暂缺，您已签署容缺受理承诺书，" + ART_32 + "及容缺受理的规定，决定予以容缺受理。"));
            blocks.add(new Block.Heading("容缺后补的材料（请于 " + day(pledge.supplementBy()) + " 前补交）"));
            blocks.add(new Block.Table(List.of("序号", "材料名称", "补交截止日期"),
                    IntStream.range(0, pledge.materials().size()).mapToObj(i -> List.of(String.valueOf(i + 1),
                            pledge.materials().get(i), day(pledge.supplementBy()))).toList(), List.of(1, 7, 4)));
            blocks.add(new Block.Paragraph("逾期未补齐的，本申请终止办理；办理结果在补齐材料后发放。"));
        }
        blocks.add(facts(c));
        blocks.add(new Block.Heading(pledge == null ? "已收取的申请材料" : "申请材料情况"));
        blocks.add(materialsTable(c));
        Deadlines deadlines = c.answer().deadlines();
        if (deadlines != null && deadlines.provisional()) {
            blocks.add(new Block.Paragraph("注：办结日期所跨年份的法定节假日安排尚未公布，暂按周末推算，公布后以实际安排为准。"));
        }
        blocks.add(new Block.Numbered(List.of("本通知书是受理凭证，请妥善保管，领取办理结果时请出示。",
                "办理期间可凭办件编号和手机号后四位查询进度。",
                "依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在办理期限内。")));
        blocks.add(qr(c));
        return new Document("受理通知书", c.number().value(), blocks, c.dates().acceptedOn());
    }

    private Document notice(IntakeCase c) {
        List<Deficiency> lines = c.answer().deficiencies();
        if (lines.isEmpty()) {
            throw missing(c, "NOTICE");
        }
        List<List<String>> rows = IntStream.range(0, lines.size()).mapToObj(i -> List.of(
                String.valueOf(i + 1), lines.get(i).materialName(), lines.get(i).problem())).toList();
        boolean preCheck = c.status() == CaseStatus.PRE_CHECK;
        String lead = preCheck
                ? applicantNames(c) + "：\n您（单位）于 " + day(LocalDate.ofInstant(c.application().createdAt(), clock.getZone()))
                        + " 在网上提交的“" + c.application().subjectName() + "”预审申请，经预审，下列申请材料缺少或者不符合要求，"
                        + "现一次性告知您需要补正的全部内容（其余材料预审合格）："
                : opening(c) + "申请材料不齐全或者不符合法定形式。" + ART_32 + "的规定，现一次性告知您需要补正的全部内容：";
        return new Document("一次性告知书", c.number().value(), List.of(
                new Block.Paragraph(lead),
                new Block.Table(List.of("序号", "材料名称", "需要补正的内容"), rows, List.of(1, 5, 8)),
                new Block.Numbered(List.of("请按上述要求一次补齐，可通过网上办事大厅上传，也可到综合窗口提交。",
                        preCheck ? "补正后预审合格的，请携带材料原件到综合窗口递交；本机关不再要求补正本告知书以外的材料。"
                                : "材料补齐之日即为受理之日；本机关不再要求补正本告知书以外的材料。",
                        "如对本告知有异议，可向政务服务中心监督投诉窗口反映。")),
                facts(c), qr(c), Block.Signature.of("经办人：" + clerk(c), "申请人签收：______________")),
                c.dates().noticeIssuedOn());
    }

    /**
     * The pledge: once signed and the case accepted on it, as signed; before, while the case may be accepted on a
     * pledge, the one to print and have signed, its terms as they would be if the case were accepted today.
     */
    private Document pledge(IntakeCase c) {
        Pledge signed = c.answer().pledge();
        if (signed == null && !pledgeable(c)) {
            throw missing(c, "PLEDGE");
        }
        LocalDate today = LocalDate.now(clock);
        Pledge p = signed != null ? signed : acceptances.pledge(c, pledgeText(c), today);
        List<Block.Fact> facts = new ArrayList<>(List.of(new Block.Fact("补交截止日期", day(p.supplementBy())),
                new Block.Fact("提醒日期", day(p.remindOn()))));
        applicantFacts(c).forEach(facts::add);
        return new Document("容缺受理承诺书", c.number().value(), List.of(
                new Block.Paragraph("本人（单位）申请办理“" + c.application().subjectName() + "”，因下列材料暂缺，申请容缺受理，并郑重承诺："),
                new Block.Numbered(p.materials()),
                new Block.Paragraph(p.text()),
                new Block.Facts(facts),
                new Block.Paragraph("逾期未补交的，本申请终止办理，相关情况记入信用记录；办理结果在补齐材料后发放。"),
                qr(c), Block.Signature.of("承诺人签字（盖章）：______________", "日期：" + (signed == null
                        ? "______年____月____日" : day(LocalDate.ofInstant(p.signedAt(), clock.getZone()))))),
                signed == null ? today : c.dates().acceptedOn());
    }

    private Document refusal(IntakeCase c) {
        Refusal r = c.answer().refusal();
        if (r == null) {
            throw missing(c, "REFUSAL");
        }
        List<Block> blocks = new ArrayList<>(List.of(
                new Block.Paragraph(opening(c) + "经审查，" + r.reason().replaceAll("[。.；;]+$", "") + "。" + ART_32 + "的规定，决定不予受理。")));
        if (!r.competentAuthority().isBlank()) {
            blocks.add(new Block.Paragraph("该申请事项依法不属于本机关职权范围，请向 " + r.competentAuthority() + " 申请。"));
        }
        blocks.add(new Block.Heading("救济途径"));
        blocks.add(new Block.Paragraph(r.remedies()));
        blocks.add(facts(c));
        blocks.add(qr(c));
        return new Document("不予受理通知书", c.number().value(), blocks, LocalDate.ofInstant(c.visits().isEmpty()
                ? c.application().createdAt() : c.visits().get(c.visits().size() - 1).at(), clock.getZone()));
    }

    /** One line for each applicant, with their role where the case names roles (申请人（买方）). */
    private List<Block.Fact> applicantFacts(IntakeCase c) {
        Map<String, String> roles = roleNames(c);
        return c.parties().applicants().stream().map(r -> new Block.Fact(
                r.role().isBlank() ? "申请人" : "申请人（" + roles.getOrDefault(r.role(), r.role()) + "）",
                r.applicant().name() + "（" + r.applicant().maskedIdentifier() + "）")).toList();
    }

    /** The names of the roles the case's applicants take, by key, as the catalog names them now. */
    private Map<String, String> roleNames(IntakeCase c) {
        if (c.parties().coApplicants().isEmpty() && c.parties().applicantRole().isBlank()) {
            return Map.of();
        }
        try {
            return intake.applicantRolesOf(c.application().subject(), c.application().bundle()).stream()
                    .collect(Collectors.toMap(ApplicantRole::key, ApplicantRole::name, (a, b) -> a));
        } catch (DomainException e) {
            return Map.of();
        }
    }

    private Block facts(IntakeCase c) {
        List<Block.Fact> facts = new ArrayList<>(List.of(new Block.Fact("办件编号", c.number().value()),
                new Block.Fact("申请事项", c.application().subjectName())));
        facts.addAll(applicantFacts(c));
        facts.add(new Block.Fact("收件日期", day(c.dates().receivedOn())));
        Deadlines deadlines = c.answer().deadlines();
        if (deadlines != null) {
            facts.add(new Block.Fact("受理日期", day(c.dates().acceptedOn())));
            facts.add(new Block.Fact("承诺办结日期", day(deadlines.promised())));
            facts.add(new Block.Fact("法定办结期限", day(deadlines.legal())));
        }
        facts.add(new Block.Fact("到现场次数", c.visitCount() + " 次"));
        return new Block.Facts(facts);
    }

    private static Block materialsTable(IntakeCase c) {
        List<List<String>> rows = new ArrayList<>();
        for (CaseMaterial m : c.materials()) {
            rows.add(List.of(m.key().substring(1), m.name(), status(m.status()), m.files().isEmpty() ? "" : m.files().size() + " 个文件"));
        }
        return new Block.Table(List.of("序号", "材料名称", "情况", "电子文件"), rows, List.of(1, 7, 3, 3));
    }

    private static String status(MaterialStatus s) {
        return switch (s) {
            case PROVIDED -> "已提交";
            case MISSING -> "未提交";
            case PLEDGED -> "容缺后补";
            case BY_CERTIFICATE -> "免提交（电子证照）";
            case NOT_APPLICABLE -> "不适用";
        };
    }

    private Block qr(IntakeCase c) {
        return new Block.QrCode(publicBaseUrl + "/status?case=" + c.number(), "扫码查询办理进度（需输入手机号后四位）");
    }

    /** How each of the counter's answers begins: to whom, and the application it answers. */
    private static String opening(IntakeCase c) {
        return applicantNames(c) + "：\n您（单位）于 " + day(c.dates().receivedOn()) + " 提交的“"
                + c.application().subjectName() + "”申请，";
    }

    /** Every applicant's name, as the documents address them: 张三、李四. */
    private static String applicantNames(IntakeCase c) {
        return String.join("、", c.parties().applicants().stream().map(r -> r.applicant().name()).toList());
    }

    /** The name of the clerk who received the case at its last visit, as the receipt names them (经办人). */
    private String clerk(IntakeCase c) {
        return c.visits().isEmpty() ? "" : staff.officialName(c.visits().get(c.visits().size() - 1).clerk());
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.format(CHINESE_DATE);
    }

    private static DomainException missing(IntakeCase c, String kind) {
        return new DomainException(Kind.NOT_FOUND, "intake-document-not-issued",
                "Case " + c.number() + " has no " + kind + " document", c.number().value(), kind);
    }
}
